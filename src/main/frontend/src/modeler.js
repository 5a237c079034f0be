// The process editor on workflow/editor.xhtml (issue #14 item 3): bpmn-js's Modeler with its
// properties panel, Flowable's attributes (flowable.json) and SafeCase's task properties in plain
// words (safecase-properties.js). The model comes from, and goes back to, the form's hidden XML
// input; the server does everything else (save, compare, check, deploy).
//
// The page's element .process-editor carries:
//   data-xml-input   id of the hidden input holding the model's XML
//   data-audiences   JSON {groups: [{variable, label}], people: [...]}: whom a step can be offered or
//                    given to (the case variables SafeCase sets), in words
//   data-words       JSON {key: text}: every label the SafeCase panel and this script show
import BpmnModeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import { layoutProcess } from 'bpmn-auto-layout';
import flowableDescriptor from './flowable.json';
import SafeCasePropertiesProvider from './safecase-properties.js';
import { XmlCarrier, announce, data } from './editor-page.js';

const SafeCasePropertiesModule = {
  __init__: ['safeCasePropertiesProvider'],
  safeCasePropertiesProvider: ['type', SafeCasePropertiesProvider]
};

/** A model imported from elsewhere may carry no layout: give it one rather than show nothing. */
async function withLayout(xml) {
  return /BPMNDiagram/.test(xml) ? xml : layoutProcess(xml);
}

function isStep(element) {
  return element.type !== 'label' && element.type !== 'bpmn:Process' && element.type !== 'bpmn:Collaboration'
    && !element.waypoints;
}

/** The steps of the diagram in a plain select, so they can be reached without a mouse. */
function fillChooser(chooser, modeler, words) {
  if (!chooser) {
    return;
  }
  const registry = modeler.get('elementRegistry');
  const current = chooser.value;
  chooser.replaceChildren();
  const prompt = document.createElement('option');
  prompt.value = '';
  prompt.textContent = words.chooseStep || '';
  chooser.appendChild(prompt);
  registry.filter(isStep)
    .map((element) => ({ id: element.id, name: element.businessObject.name || element.id }))
    .sort((a, b) => a.name.localeCompare(b.name))
    .forEach((step) => {
      const option = document.createElement('option');
      option.value = step.id;
      option.textContent = step.name;
      chooser.appendChild(option);
    });
  chooser.value = current;
}

/**
 * Fits the whole diagram into the canvas beside the palette, which floats over the canvas's left
 * edge: a step drawn there would otherwise sit under it, out of reach of the mouse. A diagram too
 * wide to be read whole is shown from its left edge at a readable size; the chooser, the mouse
 * wheel and the arrow keys reach the rest.
 */
const READABLE = 0.6;

function fitBesidePalette(modeler, root) {
  const canvas = modeler.get('canvas');
  canvas.zoom('fit-viewport');
  const container = root.querySelector('.process-editor-canvas');
  const palette = container.querySelector('.djs-palette');
  const inner = canvas.viewbox().inner;
  const width = container.clientWidth;
  const height = container.clientHeight;
  const left = palette ? palette.offsetLeft + palette.offsetWidth : 0;
  const margin = 24;
  if (!inner || inner.width <= 0 || inner.height <= 0 || width - left - 2 * margin <= 0) {
    return;
  }
  // A wide process fitted whole would be too small to read: then it starts at its beginning, readable.
  const scale = Math.max(Math.min((width - left - 2 * margin) / inner.width, (height - 2 * margin) / inner.height, 1), READABLE);
  canvas.viewbox({
    x: inner.x - (left + margin) / scale,
    y: inner.y - margin / scale,
    width: width / scale,
    height: height / scale
  });
}

function select(modeler, id, root) {
  const element = modeler.get('elementRegistry').get(id);
  if (!element) {
    return false;
  }
  modeler.get('selection').select(element);
  modeler.get('canvas').scrollToElement(element);
  const panel = root.querySelector('.process-editor-properties');
  if (panel) {
    panel.focus();
  }
  return true;
}

async function open(root) {
  const input = document.getElementById(root.dataset.xmlInput);
  const words = data(root, 'words', {});
  const audiences = data(root, 'audiences', {});
  const modeler = new BpmnModeler({
    container: root.querySelector('.process-editor-canvas'),
    propertiesPanel: {
      parent: root.querySelector('.process-editor-properties'),
      // A step's name and its SafeCase properties are what people change most: open from the start.
      layout: { groups: { general: { open: true }, safecase: { open: true } } }
    },
    additionalModules: [BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, SafeCasePropertiesModule],
    moddleExtensions: { flowable: flowableDescriptor },
    // Every keystroke in the panel is a change at once: a Save pressed right after typing keeps it.
    debounceInput: false,
    safecase: { groups: audiences.groups || [], people: audiences.people || [], words }
  });
  try {
    const xml = await withLayout(input.value);
    const result = await modeler.importXML(xml);
    if (result.warnings && result.warnings.length) {
      root.dataset.warnings = String(result.warnings.length);
    }
  } catch (error) {
    root.dataset.failed = 'true';
    announce(root, words.unreadable);
    return;
  }
  const carrier = new XmlCarrier(input, () => modeler.saveXML({ format: true }));
  const chooser = root.querySelector('.process-editor-chooser');
  fillChooser(chooser, modeler, words);
  modeler.on('commandStack.changed', () => {
    root.dataset.changed = 'true';
    carrier.changed();
    fillChooser(chooser, modeler, words);
  });
  if (chooser) {
    chooser.addEventListener('change', () => {
      if (chooser.value) {
        select(modeler, chooser.value, root);
      }
    });
  }
  document.querySelectorAll('[data-show-element]').forEach((button) => {
    button.addEventListener('click', () => {
      if (select(modeler, button.dataset.showElement, root)) {
        announce(root, (words.shown || '') + ' ' + button.dataset.showElementName);
      }
    });
  });
  const svg = root.querySelector('.process-editor-canvas svg');
  if (svg && words.canvas) {
    svg.setAttribute('role', 'application');
    svg.setAttribute('aria-label', words.canvas);
  }
  fitBesidePalette(modeler, root);
  root.dataset.ready = 'true';
}

document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('.process-editor[data-xml-input]').forEach(open);
});
