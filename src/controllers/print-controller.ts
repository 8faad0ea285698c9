import type { ReactiveController, ReactiveControllerHost } from 'lit';

const PRINTING = 'data-smp-printing';

/**
 * Prints the summary alone, with no popup and no inline style: while printing, a constructed
 * stylesheet adopted by the document hides the rest of the page (CSP allows CSSOM, not style attributes).
 */
export class PrintController implements ReactiveController {
  private sheet: CSSStyleSheet | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly printable: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.handleBeforePrint);
    window.addEventListener('afterprint', this.handleAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.handleBeforePrint);
    window.removeEventListener('afterprint', this.handleAfterPrint);
    this.handleAfterPrint();
  }

  print(): void {
    window.print();
  }

  private handleBeforePrint = (): void => {
    if (!this.printable() || this.sheet) return;
    this.sheet = new CSSStyleSheet();
    this.sheet.replaceSync(`@media print {
      body * { visibility: hidden !important; }
      [${PRINTING}] { visibility: visible !important; position: absolute !important; inset: 0 auto auto 0 !important;
        width: 100% !important; margin: 0 !important; }
    }`);
    this.host.setAttribute(PRINTING, '');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
  };

  private handleAfterPrint = (): void => {
    if (!this.sheet) return;
    const sheet = this.sheet;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    this.host.removeAttribute(PRINTING);
    this.sheet = null;
  };
}
