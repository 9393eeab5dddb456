import { XMLBuilder } from 'fast-xml-parser';

/** JSON by default; XML (`.xml` suffix) with a prolog and `<freenom>` root (docs/freenom.md#xml-answers). */
export type OutputFormat = 'json' | 'xml';

const builder = new XMLBuilder({ format: true, indentBy: '  ', suppressEmptyNode: false });

export function renderBody(format: OutputFormat, body: Record<string, unknown>): string {
  if (format === 'json') return JSON.stringify(body);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    (builder.build({ freenom: body }) as string)
  );
}

export function contentType(format: OutputFormat): string {
  return format === 'json' ? 'application/json; charset=utf-8' : 'application/xml; charset=utf-8';
}
