// The "SafeCase" part of the process editor's properties panel (issue #14 item 3): the task
// properties SafeCase reads, in plain words rather than XML.
//  - user tasks: whom the step is offered to (the candidate groups SafeCase knows) or given to (the
//    person who reported),
//    its deadline on the school calendar (working days or hours), and its form fields (id,
//    question, kind, required, the choices of a choice field);
//  - timer events: how long they wait, in school working time.
// The choices and every label come from the page (data-* attributes filled from the messages
// bundle by ModelEditorView), so nothing here is worded in English.
import { is, getBusinessObject } from 'bpmn-js/lib/util/ModelUtil';
import {
  CheckboxEntry,
  Group,
  ListGroup,
  NumberFieldEntry,
  SelectEntry,
  TextAreaEntry,
  TextFieldEntry,
  isSelectEntryEdited,
  isTextFieldEntryEdited
} from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';

export const CALENDAR = 'schoolWorkingTime';
const FIELD_ID = /^[A-Za-z][A-Za-z0-9]{0,63}$/;
const DEADLINE = /^school:\$\{schoolId\} P(?:T(\d+)H|(\d+)D)$/;
const MAX_DEADLINE = 365;

/** The deadline a due date or timer duration stands for: {unit: none|days|hours|configured, amount}. */
export function readDeadline(expression) {
  if (!expression) {
    return { unit: 'none', amount: null };
  }
  const parts = DEADLINE.exec(expression.trim());
  if (!parts) {
    return { unit: 'configured', amount: null };
  }
  return parts[1] ? { unit: 'hours', amount: Number(parts[1]) } : { unit: 'days', amount: Number(parts[2]) };
}

/** The expression a deadline is written as: counted from now on the case's school calendar. */
export function writeDeadline(unit, amount) {
  const length = Math.min(Math.max(1, Math.round(Number(amount) || 1)), MAX_DEADLINE);
  return unit === 'hours' ? 'school:${schoolId} PT' + length + 'H' : 'school:${schoolId} P' + length + 'D';
}

function words(config) {
  return (key, fallback) => (config.words && config.words[key]) || fallback || key;
}

function formProperties(businessObject) {
  const extensionElements = businessObject.get('extensionElements');
  return extensionElements ? extensionElements.get('values').filter((value) => is(value, 'flowable:FormProperty')) : [];
}

function timerOf(element) {
  const businessObject = getBusinessObject(element);
  const definitions = businessObject.get('eventDefinitions') || [];
  return definitions.find((definition) => is(definition, 'bpmn:TimerEventDefinition'));
}

// ---- user task: who does it ------------------------------------------------------------------

function groupsOf(businessObject) {
  const written = businessObject.get('flowable:candidateGroups');
  return written ? written.split(',').map((group) => group.trim()).filter((group) => group.length > 0) : [];
}

/** One group a step may be offered to (a case variable naming the school's or LA's group), as a checkbox. */
function OfferedToGroup(props) {
  const { element, id, config, variable, label, description } = props;
  const modeling = useService('modeling');
  const expression = '${' + variable + '}';
  const businessObject = getBusinessObject(element);
  return CheckboxEntry({
    element,
    id,
    label,
    description,
    getValue: () => groupsOf(businessObject).includes(expression),
    setValue: (checked) => {
      const known = (config.groups || []).map((group) => '${' + group.variable + '}');
      const written = groupsOf(businessObject).filter((group) => group !== expression);
      if (checked) {
        written.push(expression);
      }
      const ordered = known.filter((group) => written.includes(group))
        .concat(written.filter((group) => !known.includes(group)));
      modeling.updateProperties(element, { 'flowable:candidateGroups': ordered.length ? ordered.join(',') : undefined });
    }
  });
}

/** One person a step may be given to (a case variable naming them, e.g. the reporter), as a checkbox. */
function GivenToPerson(props) {
  const { element, id, variable, label } = props;
  const modeling = useService('modeling');
  const expression = '${' + variable + '}';
  const businessObject = getBusinessObject(element);
  return CheckboxEntry({
    element,
    id,
    label,
    getValue: () => businessObject.get('flowable:assignee') === expression,
    setValue: (checked) => modeling.updateProperties(element, { 'flowable:assignee': checked ? expression : undefined })
  });
}

function audienceEntries(config) {
  const t = words(config);
  const entries = (config.groups || []).map((group, index) => ({
    id: 'safecase-group-' + group.variable,
    component: OfferedToGroup,
    config,
    variable: group.variable,
    label: group.label,
    description: index === 0 ? t('who.hint') : undefined
  }));
  for (const person of config.people || []) {
    entries.push({ id: 'safecase-person-' + person.variable, component: GivenToPerson, config, variable: person.variable, label: person.label });
  }
  return entries;
}

// ---- deadlines (user task due dates, timer durations) -----------------------------------------

/** How a deadline is read and written on one kind of element. */
function taskDeadline(element, modeling) {
  const businessObject = getBusinessObject(element);
  return {
    get: () => businessObject.get('flowable:dueDate'),
    set: (expression) => modeling.updateProperties(element, {
      'flowable:dueDate': expression,
      'flowable:businessCalendarName': expression ? CALENDAR : undefined
    })
  };
}

function timerDeadline(element, commandStack, bpmnFactory) {
  const timer = timerOf(element);
  return {
    get: () => {
      const duration = timer && timer.get('timeDuration');
      return duration ? duration.get('body') : undefined;
    },
    set: (expression) => {
      if (!timer) {
        return;
      }
      commandStack.execute('element.updateModdleProperties', {
        element,
        moddleElement: timer,
        properties: {
          timeDuration: expression ? bpmnFactory.create('bpmn:FormalExpression', { body: expression }) : undefined,
          timeDate: undefined,
          timeCycle: undefined,
          'flowable:businessCalendarName': CALENDAR
        }
      });
    }
  };
}

function useDeadline(element, kind) {
  const modeling = useService('modeling');
  const commandStack = useService('commandStack');
  const bpmnFactory = useService('bpmnFactory');
  return kind === 'timer' ? timerDeadline(element, commandStack, bpmnFactory) : taskDeadline(element, modeling);
}

function DeadlineUnit(props) {
  const { element, id, config, kind } = props;
  const t = words(config);
  const deadline = useDeadline(element, kind);
  const getOptions = () => {
    const options = [];
    if (kind !== 'timer') {
      options.push({ value: 'none', label: t('deadline.none') });
    }
    options.push({ value: 'days', label: t('deadline.days') }, { value: 'hours', label: t('deadline.hours') });
    if (readDeadline(deadline.get()).unit === 'configured') {
      options.push({ value: 'configured', label: t('deadline.configured') + ' ' + deadline.get() });
    }
    return options;
  };
  const setValue = (unit) => {
    const before = readDeadline(deadline.get());
    if (unit === 'none') {
      deadline.set(undefined);
    } else if (unit === 'days' || unit === 'hours') {
      deadline.set(writeDeadline(unit, before.amount || 1));
    }
  };
  return SelectEntry({
    element,
    id,
    label: kind === 'timer' ? t('timer') : t('deadline'),
    description: kind === 'timer' ? t('timer.hint') : t('deadline.hint'),
    getValue: () => {
      const unit = readDeadline(deadline.get()).unit;
      return kind === 'timer' && unit === 'none' ? 'days' : unit;
    },
    setValue,
    getOptions
  });
}

function DeadlineAmount(props) {
  const { element, id, config, kind } = props;
  const t = words(config);
  const deadline = useDeadline(element, kind);
  const debounce = useService('debounceInput');
  const current = readDeadline(deadline.get());
  return NumberFieldEntry({
    element,
    id,
    label: current.unit === 'hours' ? t('deadline.amount.hours') : t('deadline.amount.days'),
    min: 1,
    max: MAX_DEADLINE,
    step: 1,
    debounce,
    getValue: () => readDeadline(deadline.get()).amount,
    setValue: (value, error) => {
      if (error || !value) {
        return;
      }
      const unit = readDeadline(deadline.get()).unit;
      deadline.set(writeDeadline(unit === 'hours' ? 'hours' : 'days', value));
    },
    validate: (value) => {
      const number = Number(value);
      return Number.isInteger(number) && number >= 1 && number <= MAX_DEADLINE ? null : t('deadline.amount.invalid');
    }
  });
}

function deadlineEntries(element, config, kind) {
  const entries = [
    { id: 'safecase-deadline', component: DeadlineUnit, config, kind, isEdited: isSelectEntryEdited }
  ];
  const expression = kind === 'timer'
    ? (timerOf(element) && timerOf(element).get('timeDuration') ? timerOf(element).get('timeDuration').get('body') : undefined)
    : getBusinessObject(element).get('flowable:dueDate');
  const unit = readDeadline(expression).unit;
  if (unit === 'days' || unit === 'hours') {
    entries.push({ id: 'safecase-deadline-amount', component: DeadlineAmount, config, kind, isEdited: isTextFieldEntryEdited });
  }
  return entries;
}

// ---- user task: form fields ---------------------------------------------------------------------

const FIELD_KINDS = ['string', 'boolean', 'enum', 'date', 'long'];

function updateField(commandStack, element, field, properties) {
  commandStack.execute('element.updateModdleProperties', { element, moddleElement: field, properties });
}

function FieldId(props) {
  const { element, field, id, config } = props;
  const commandStack = useService('commandStack');
  const debounce = useService('debounceInput');
  const t = words(config);
  return TextFieldEntry({
    element: field,
    id,
    label: t('field.id'),
    description: t('field.id.hint'),
    debounce,
    getValue: () => field.get('id'),
    setValue: (value, error) => {
      if (!error) {
        updateField(commandStack, element, field, { id: value });
      }
    },
    validate: (value) => {
      if (!value || !FIELD_ID.test(value)) {
        return t('field.id.invalid');
      }
      const others = formProperties(getBusinessObject(element)).filter((other) => other !== field);
      return others.some((other) => other.get('id') === value) ? t('field.id.taken') : null;
    }
  });
}

function FieldLabel(props) {
  const { element, field, id, config } = props;
  const commandStack = useService('commandStack');
  const debounce = useService('debounceInput');
  const t = words(config);
  return TextFieldEntry({
    element: field,
    id,
    label: t('field.label'),
    debounce,
    getValue: () => field.get('name'),
    setValue: (value) => updateField(commandStack, element, field, { name: value || undefined })
  });
}

function FieldKind(props) {
  const { element, field, id, config } = props;
  const commandStack = useService('commandStack');
  const t = words(config);
  return SelectEntry({
    element: field,
    id,
    label: t('field.kind'),
    getValue: () => field.get('type') || 'string',
    setValue: (value) => updateField(commandStack, element, field, {
      type: value,
      datePattern: value === 'date' ? 'yyyy-MM-dd' : undefined,
      values: value === 'enum' ? field.get('values') : []
    }),
    getOptions: () => FIELD_KINDS.map((kind) => ({ value: kind, label: t('field.kind.' + kind) }))
  });
}

function FieldRequired(props) {
  const { element, field, id, config } = props;
  const commandStack = useService('commandStack');
  const t = words(config);
  return CheckboxEntry({
    element: field,
    id,
    label: t('field.required'),
    getValue: () => field.get('required') === 'true',
    setValue: (value) => updateField(commandStack, element, field, { required: value ? 'true' : undefined })
  });
}

/** A choice field's choices, one a line: {@code CODE = words}. */
function FieldChoices(props) {
  const { element, field, id, config } = props;
  const commandStack = useService('commandStack');
  const bpmnFactory = useService('bpmnFactory');
  const debounce = useService('debounceInput');
  const t = words(config);
  return TextAreaEntry({
    element: field,
    id,
    label: t('field.choices'),
    description: t('field.choices.hint'),
    debounce,
    rows: 4,
    getValue: () => (field.get('values') || []).map((value) => value.get('id') + ' = ' + (value.get('name') || '')).join('\n'),
    setValue: (text) => {
      const values = (text || '').split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0)
        .map((line) => {
          const at = line.indexOf('=');
          const code = (at < 0 ? line : line.substring(0, at)).trim();
          const name = at < 0 ? code : line.substring(at + 1).trim();
          const value = bpmnFactory.create('flowable:Value', { id: code, name });
          value.$parent = field;
          return value;
        });
      updateField(commandStack, element, field, { values });
    }
  });
}

function fieldEntries(element, field, prefix, config) {
  const entries = [
    { id: prefix + '-id', component: FieldId, field, config, isEdited: isTextFieldEntryEdited },
    { id: prefix + '-label', component: FieldLabel, field, config, isEdited: isTextFieldEntryEdited },
    { id: prefix + '-kind', component: FieldKind, field, config, isEdited: isSelectEntryEdited },
    { id: prefix + '-required', component: FieldRequired, field, config }
  ];
  if (field.get('type') === 'enum') {
    entries.push({ id: prefix + '-choices', component: FieldChoices, field, config });
  }
  return entries;
}

function nextFieldId(businessObject) {
  const taken = new Set(formProperties(businessObject).map((field) => field.get('id')));
  let number = taken.size + 1;
  while (taken.has('answer' + number)) {
    number++;
  }
  return 'answer' + number;
}

function formFieldsGroup(element, injector, config) {
  const t = words(config);
  const bpmnFactory = injector.get('bpmnFactory');
  const commandStack = injector.get('commandStack');
  const businessObject = getBusinessObject(element);
  const items = formProperties(businessObject).map((field, index) => {
    const prefix = element.id + '-safecase-field-' + index;
    return {
      id: prefix,
      label: field.get('name') || field.get('id') || t('field.unnamed'),
      entries: fieldEntries(element, field, prefix, config),
      autoFocusEntry: prefix + '-label',
      remove: (event) => {
        event.stopPropagation();
        const extensionElements = businessObject.get('extensionElements');
        commandStack.execute('element.updateModdleProperties', {
          element,
          moddleElement: extensionElements,
          properties: { values: extensionElements.get('values').filter((value) => value !== field) }
        });
      }
    };
  });
  const add = (event) => {
    event.stopPropagation();
    const commands = [];
    let extensionElements = businessObject.get('extensionElements');
    if (!extensionElements) {
      extensionElements = bpmnFactory.create('bpmn:ExtensionElements', { values: [] });
      extensionElements.$parent = businessObject;
      commands.push({
        cmd: 'element.updateModdleProperties',
        context: { element, moddleElement: businessObject, properties: { extensionElements } }
      });
    }
    const field = bpmnFactory.create('flowable:FormProperty', { id: nextFieldId(businessObject), type: 'string' });
    field.$parent = extensionElements;
    commands.push({
      cmd: 'element.updateModdleProperties',
      context: { element, moddleElement: extensionElements, properties: { values: [...extensionElements.get('values'), field] } }
    });
    commandStack.execute('properties-panel.multi-command-executor', commands);
  };
  return { id: 'safecase-form-fields', label: t('fields'), component: ListGroup, items, add, shouldOpen: true };
}

// ---- the provider ---------------------------------------------------------------------------------

function isTimerEvent(element) {
  return is(element, 'bpmn:Event') && !!timerOf(element);
}

export default function SafeCasePropertiesProvider(propertiesPanel, injector, config) {
  this.getGroups = (element) => (groups) => {
    const safecase = config || {};
    const t = words(safecase);
    if (is(element, 'bpmn:UserTask')) {
      groups.splice(1, 0, {
        id: 'safecase',
        label: t('group'),
        component: Group,
        shouldOpen: true,
        entries: [
          ...audienceEntries(safecase),
          ...deadlineEntries(element, safecase, 'task')
        ]
      });
      groups.splice(2, 0, formFieldsGroup(element, injector, safecase));
    } else if (isTimerEvent(element)) {
      groups.splice(1, 0, {
        id: 'safecase',
        label: t('group'),
        component: Group,
        shouldOpen: true,
        entries: deadlineEntries(element, safecase, 'timer')
      });
    }
    return groups;
  };
  propertiesPanel.registerProvider(400, this);
}

SafeCasePropertiesProvider.$inject = ['propertiesPanel', 'injector', 'config.safecase'];
