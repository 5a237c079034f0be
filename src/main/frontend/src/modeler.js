// The process editor (issue #14 item 3). Filled in by the editor work.
import BpmnModeler from 'bpmn-js/lib/Modeler';

window.SafeCaseModeler = BpmnModeler;
