/**
 * Swagger UI as served at /api/docs, made to pass WCAG 2.2 AA (axe): its stock colours fail
 * contrast, and its deep links put a link inside each operation's toggle button (nested
 * interactive controls, and 19 px tall targets). The stylesheet is inline (the CSP allows inline
 * styles, not scripts) and only darkens colours and enlarges targets; the layout is Swagger UI's.
 */
export const API_DOCS_SWAGGER_OPTIONS = {
  // Without deep links an operation's path is plain text inside its toggle, not a nested link.
  deepLinking: false,
  // Its highlighter's colours on dark grey fail contrast; examples are plain text instead.
  syntaxHighlight: false,
} as const;

/** Darker shades of Swagger UI's method colours: white text on each is at least 4.5:1. */
const METHOD_COLOURS: Record<string, string> = {
  get: '#0b5394',
  post: '#0b6b3a',
  put: '#8a4b00',
  patch: '#005f5f',
  delete: '#b00020',
  head: '#6a1b9a',
  options: '#1f3a68',
};

const methodRules = Object.entries(METHOD_COLOURS)
  .map(
    ([method, colour]) =>
      `.swagger-ui .opblock.opblock-${method} .opblock-summary-method{background:${colour};}` +
      `.swagger-ui .opblock.opblock-${method} .opblock-summary{border-color:${colour};}` +
      `.swagger-ui .opblock.opblock-${method}{border-color:${colour};}` +
      `.swagger-ui .opblock.opblock-${method} .tab-header .tab-item.active h4 span:after{background:${colour};}`,
  )
  .join('');

export const API_DOCS_CSS = [
  // The version badges beside the title: white on lime green and grey.
  '.swagger-ui .info .title small{background:#4a4a4a;}',
  '.swagger-ui .info .title small.version-stamp{background:#2e5c00;}',
  '.swagger-ui .info .title small pre{color:#fff;}',
  // Grey secondary text and links on white.
  '.swagger-ui .info a, .swagger-ui a.nostyle, .swagger-ui .info .link{color:#1a4f8b;}',
  '.swagger-ui .opblock-summary-description, .swagger-ui .opblock .opblock-summary-path__deprecated{color:#2b2b2b;}',
  '.swagger-ui .parameter__in, .swagger-ui .parameter__type, .swagger-ui .prop-format, .swagger-ui .response-col_links{color:#4a4a4a;}',
  '.swagger-ui .opblock-tag small{color:#2b2b2b;}',
  '.swagger-ui .model-title, .swagger-ui .model .property.primitive, .swagger-ui .model-toggle:after{color:#2b2b2b;}',
  '.swagger-ui .renderedMarkdown code, .swagger-ui .markdown code{color:#6a1b9a;}',
  '.swagger-ui .parameter__name.required span, .swagger-ui .parameter__name.required:after{color:#b00020;}',
  '.swagger-ui .response-control-media-type__accept-message{color:#0b6b3a;}',
  '.swagger-ui .btn.authorize{color:#0b6b3a;border-color:#0b6b3a;}',
  '.swagger-ui .btn.authorize svg{fill:#0b6b3a;}',
  '.swagger-ui .btn.cancel{color:#b00020;border-color:#b00020;}',
  '.swagger-ui .btn.execute{background-color:#0b5394;border-color:#0b5394;}',
  // OpenAPI 3.1 schemas' "Expand all" buttons: grey on white.
  '.swagger-ui .json-schema-2020-12-expand-deep-button{color:#1a4f8b;}',
  // Examples wrap instead of scrolling inside a box a keyboard cannot reach.
  '.swagger-ui .highlight-code > pre, .swagger-ui .highlight-code .microlight{overflow:visible;max-height:none;white-space:pre-wrap;overflow-wrap:anywhere;}',
  // The servers list: the document has one server ("/", this host), so there is nothing to choose,
  // and Swagger UI's select has no accessible name.
  '.swagger-ui .schemes .servers-title, .swagger-ui .schemes .servers{display:none;}',
  // Targets at least 24 px tall (WCAG 2.2 target size).
  '.swagger-ui .opblock-summary-control, .swagger-ui .expand-operation, .swagger-ui .opblock-control-arrow, .swagger-ui .copy-to-clipboard, .swagger-ui .authorization__btn{min-height:24px;min-width:24px;}',
  '.swagger-ui .opblock-tag{min-height:24px;}',
  '.swagger-ui .info a{display:inline-block;min-height:24px;}',
  methodRules,
].join('\n');
