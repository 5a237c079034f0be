// Read-only diagram of a process model (issue #14 items 2 and 8). Every element with class
// "workflow-diagram" and a data-model attribute (the BPMN XML) is drawn into its
// ".workflow-diagram-canvas" child (or itself); data-done and data-open (element ids, comma
// separated) mark the steps done and the step(s) open now with the markers "step-done" and
// "step-open" (styled by resources/css/workflow-diagram.css); data-open-label, when given, puts a
// badge with those words on each open step; data-label names the canvas for screen readers;
// data-open-sub-process ("Open {0}") and data-powered-by word bpmn-js's own two texts (the
// drill-down button of a sub-process, the watermark's title) in the page's language.
// Once drawn the element gets data-drawn="true"; if the model cannot be drawn, data-failed="true".
// These names are what pages and tests rely on: keep them stable.
//
// A model without a layout (no BPMNDI, as the models deployed before issue #14 item 1 are) is
// laid out here by bpmn-auto-layout, so that every case can be drawn whatever version it runs on.
//
// Keyboard: the canvas takes the focus (Tab) and lets it go (Tab again); while it has it, the
// arrow keys move the diagram (Shift: faster), + and - zoom, 0 shows the whole diagram. Buttons
// with data-diagram-action="zoomIn" | "zoomOut" | "whole" inside the element do the same.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { layoutProcess } from 'bpmn-auto-layout';
import { BpmnModdle } from 'bpmn-moddle';

const DI = /<([\w-]+:)?BPMNDiagram[\s>/]/;
const ZOOM_STEP = 1.25;
const MIN_ZOOM = 0.2;
const MAX_ZOOM = 3;
// Below this scale a label is too small to read: on a narrow screen the view starts at the open step.
const READABLE = 0.45;
const START_ZOOM = 0.8;
const MOVE = 50;

function ids(value) {
  return (value || '').split(',').map((id) => id.trim()).filter((id) => id.length > 0);
}

function badge(text) {
  const span = document.createElement('span');
  span.className = 'step-badge';
  span.textContent = text;
  return span;
}

// bpmn-auto-layout follows each element's incoming and outgoing references, which a model
// written by hand (as ours are) leaves out: without them it stacks the elements in a column with
// no flows. They are filled in from the sequence flows first.
function linkFlows(container) {
  for (const element of container.flowElements || []) {
    if (element.$type === 'bpmn:SequenceFlow' && element.sourceRef && element.targetRef) {
      const outgoing = element.sourceRef.get('outgoing');
      const incoming = element.targetRef.get('incoming');
      if (!outgoing.includes(element)) {
        outgoing.push(element);
      }
      if (!incoming.includes(element)) {
        incoming.push(element);
      }
    }
    if (element.flowElements) {
      linkFlows(element);
    }
  }
}

async function modelToDraw(xml) {
  if (DI.test(xml)) {
    return xml;
  }
  const moddle = new BpmnModdle();
  const { rootElement } = await moddle.fromXML(xml);
  rootElement.rootElements.filter((root) => root.$type === 'bpmn:Process').forEach(linkFlows);
  return layoutProcess((await moddle.toXML(rootElement)).xml);
}

function showWhole(canvas, mainRoot) {
  if (mainRoot && canvas.getRootElement() !== mainRoot) {
    canvas.setRootElement(mainRoot);
  }
  canvas.zoom('fit-viewport', 'auto');
  if (canvas.zoom() > 1) {
    canvas.zoom(1, 'auto');
  }
}

function zoomBy(canvas, factor) {
  canvas.zoom(Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, canvas.zoom() * factor)), 'auto');
}

/** On a screen too narrow to read the whole diagram, starts at the first open step shown on it. */
function startAtOpenStep(canvas, registry, openIds) {
  if (canvas.zoom() >= READABLE) {
    return;
  }
  const root = canvas.getRootElement();
  const first = openIds.map((id) => registry.get(id)).find((element) => element && canvas.findRoot(element) === root);
  if (first) {
    const outer = canvas.viewbox().outer;
    const width = outer.width / START_ZOOM;
    const height = outer.height / START_ZOOM;
    canvas.viewbox({ x: first.x + first.width / 2 - width / 2, y: first.y + first.height / 2 - height / 2, width, height });
  }
}

function keys(viewer, canvas, mainRoot) {
  viewer.get('keyboard').addListener((context) => {
    const event = context.keyEvent;
    if (event.ctrlKey || event.metaKey || event.altKey) {
      return false;
    }
    const step = event.shiftKey ? MOVE * 4 : MOVE;
    const moves = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    if (moves[event.key]) {
      canvas.scroll({ dx: moves[event.key][0], dy: moves[event.key][1] });
      return true;
    }
    if (event.key === '+' || event.key === '=') {
      zoomBy(canvas, ZOOM_STEP);
      return true;
    }
    if (event.key === '-') {
      zoomBy(canvas, 1 / ZOOM_STEP);
      return true;
    }
    if (event.key === '0') {
      showWhole(canvas, mainRoot);
      return true;
    }
    return false;
  });
}

function buttons(container, canvas, mainRoot) {
  const actions = {
    zoomIn: () => zoomBy(canvas, ZOOM_STEP),
    zoomOut: () => zoomBy(canvas, 1 / ZOOM_STEP),
    whole: () => showWhole(canvas, mainRoot)
  };
  container.querySelectorAll('[data-diagram-action]').forEach((button) => {
    const action = actions[button.dataset.diagramAction];
    if (action) {
      button.addEventListener('click', action);
    }
  });
}

// bpmn-js's texts in the page's words where the page gives them; its own English otherwise.
function translations(container) {
  const words = { 'Open {element}': container.dataset.openSubProcess };
  return function translate(template, replacements = {}) {
    const word = words[template];
    if (word) {
      return word.replace('{0}', replacements.element || '');
    }
    return template.replace(/{([^}]+)}/g, (_, key) => replacements[key] || '{' + key + '}');
  };
}

async function draw(container) {
  const viewer = new NavigatedViewer({
    container: container.querySelector('.workflow-diagram-canvas') || container,
    additionalModules: [{ translate: ['value', translations(container)] }]
  });
  try {
    await viewer.importXML(await modelToDraw(container.dataset.model));
  } catch (error) {
    container.dataset.failed = 'true';
    return;
  }
  const canvas = viewer.get('canvas');
  const registry = viewer.get('elementRegistry');
  const overlays = viewer.get('overlays');
  const mainRoot = canvas.getRootElement();
  const openIds = ids(container.dataset.open).filter((id) => registry.get(id));
  for (const id of ids(container.dataset.done)) {
    if (registry.get(id)) {
      canvas.addMarker(id, 'step-done');
    }
  }
  for (const id of openIds) {
    canvas.addMarker(id, 'step-open');
    if (container.dataset.openLabel && registry.get(id).waypoints === undefined) {
      overlays.add(id, 'step-open', { position: { top: -22, left: 0 }, html: badge(container.dataset.openLabel) });
    }
  }
  const watermark = container.querySelector('.bjs-powered-by');
  if (watermark && container.dataset.poweredBy) {
    watermark.setAttribute('title', container.dataset.poweredBy);
  }
  const svg = container.querySelector('.djs-container > svg');
  if (svg && container.dataset.label) {
    svg.setAttribute('aria-label', container.dataset.label);
  }
  keys(viewer, canvas, mainRoot);
  buttons(container, canvas, mainRoot);
  window.addEventListener('resize', () => canvas.resized());
  showWhole(canvas, mainRoot);
  startAtOpenStep(canvas, registry, openIds);
  container.dataset.drawn = 'true';
}

function drawAll() {
  document.querySelectorAll('.workflow-diagram[data-model]').forEach(draw);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', drawAll);
} else {
  drawAll();
}
