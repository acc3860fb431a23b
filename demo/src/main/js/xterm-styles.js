// xterm.js 6 styles its DOM renderer with <style> elements whose text it rewrites (theme, cell size, scrollbar).
// Under a strict Content-Security-Policy (style-src 'self', no 'unsafe-inline') the browser refuses those and
// reports each one as a console error. Before xterm is created, this makes a <style> element that script code
// creates an inert <template> whose text goes into a constructed stylesheet adopted by the document instead
// (constructed stylesheets are not inline styles). The page itself never creates <style> elements, so only
// xterm's go this way.
export function routeScriptStylesToAdoptedSheets(doc = document) {
  if (typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in doc)) return;
  const createElement = doc.createElement;
  doc.createElement = function (tag, options) {
    if (String(tag).toLowerCase() !== 'style') return createElement.call(this, tag, options);
    const holder = createElement.call(this, 'template');
    const sheet = new CSSStyleSheet();
    let text = '';
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    Object.defineProperty(holder, 'textContent', {
      get: () => text,
      set: (value) => {
        text = String(value ?? '');
        sheet.replaceSync(text);
      },
    });
    const remove = holder.remove;
    holder.remove = function () {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      remove.call(this);
    };
    return holder;
  };
}
