// What the process editor and the decision table editor share on workflow/editor.xhtml
// (issue #14 item 3): the page's data, the hidden input that carries the XML to the server, the
// step chooser and the "show in the diagram" buttons of the problems and changes lists.

/** The JSON of a data-* attribute of the editor's element, or the fallback. */
export function data(element, name, fallback) {
  const text = element.dataset[name];
  if (!text) {
    return fallback;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    return fallback;
  }
}

/**
 * Keeps the form's hidden XML input equal to the editor's model. Every change starts a save of
 * the XML; a submit that comes while one is still under way waits for it, then goes on with the
 * same button, so the server always gets what the person sees.
 */
export class XmlCarrier {
  constructor(input, saveXML) {
    this.input = input;
    this.saveXML = saveXML;
    this.pending = null;
    const form = input.form;
    if (form) {
      form.addEventListener('submit', (event) => {
        if (!this.pending) {
          return;
        }
        event.preventDefault();
        const submitter = event.submitter;
        this.pending.then(() => form.requestSubmit(submitter || undefined));
      }, true);
    }
  }

  changed() {
    const saving = this.saveXML()
      .then(({ xml }) => {
        this.input.value = xml;
      })
      .catch(() => {
        this.input.dataset.failed = 'true';
      })
      .finally(() => {
        if (this.pending === saving) {
          this.pending = null;
        }
      });
    this.pending = saving;
    return saving;
  }
}

/** Says something to screen readers through the page's polite live region, if there is one. */
export function announce(root, text) {
  const status = root.querySelector('.editor-status');
  if (status && text) {
    status.textContent = text;
  }
}
