// The decision table editor (issue #14 item 7). Filled in by the decision table work.
import DmnModeler from 'dmn-js/lib/Modeler';

window.SafeCaseDecisions = DmnModeler;
