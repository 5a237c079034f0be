// The decision table editor on workflow/editor.xhtml (issue #14 items 3 and 7): dmn-js's Modeler
// opened on the table itself. Like the process editor, the model comes from and goes back to the
// form's hidden XML input (data-xml-input on the element .decision-editor); the server does the rest.
import DmnModeler from 'dmn-js/lib/Modeler';
import { XmlCarrier, announce, data } from './editor-page.js';

function tableView(modeler) {
  const views = modeler.getViews();
  return views.find((view) => view.type === 'decisionTable') || views[0];
}

async function open(root) {
  const input = document.getElementById(root.dataset.xmlInput);
  const words = data(root, 'words', {});
  const modeler = new DmnModeler({
    container: root.querySelector('.decision-editor-canvas')
  });
  try {
    await modeler.importXML(input.value, { open: false });
    await modeler.open(tableView(modeler));
  } catch (error) {
    root.dataset.failed = 'true';
    announce(root, words.unreadable);
    return;
  }
  const carrier = new XmlCarrier(input, () => modeler.saveXML({ format: true }));
  const watched = new Set();
  const watch = () => {
    const viewer = modeler.getActiveViewer();
    if (viewer && !watched.has(viewer)) {
      watched.add(viewer);
      viewer.get('eventBus').on('elements.changed', () => {
        root.dataset.changed = 'true';
        carrier.changed();
      });
    }
  };
  watch();
  modeler.on('views.changed', watch);
  root.dataset.ready = 'true';
}

document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('.decision-editor[data-xml-input]').forEach(open);
});
