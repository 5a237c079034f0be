// Read-only diagram of a process model: every element with class "workflow-diagram" and a
// data-model attribute (the BPMN XML) is drawn; data-done and data-open (ids, comma separated)
// mark the steps done and the step(s) open now.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

function ids(value) {
  return (value || '').split(',').map((id) => id.trim()).filter((id) => id.length > 0);
}

async function draw(container) {
  const viewer = new NavigatedViewer({ container: container.querySelector('.workflow-diagram-canvas') || container });
  try {
    await viewer.importXML(container.dataset.model);
  } catch (error) {
    container.dataset.failed = 'true';
    return;
  }
  const canvas = viewer.get('canvas');
  const registry = viewer.get('elementRegistry');
  for (const id of ids(container.dataset.done)) {
    if (registry.get(id)) {
      canvas.addMarker(id, 'step-done');
    }
  }
  for (const id of ids(container.dataset.open)) {
    if (registry.get(id)) {
      canvas.addMarker(id, 'step-open');
    }
  }
  canvas.zoom('fit-viewport');
  container.dataset.drawn = 'true';
}

document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('.workflow-diagram[data-model]').forEach(draw);
});
