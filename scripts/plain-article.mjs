// The article as the plainest possible web page: its text in semantic HTML, system fonts, a few
// lines of CSS, no JavaScript. scripts/lighthouse.mjs measures the app against it, so the app's
// cost over "just the article" is a number. It is a yardstick, never shipped.

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The article (title, sections, passages) as a complete, standalone HTML document. */
export function plainArticleHtml(article, { description = article.title } = {}) {
  const sections = article.sections
    .map((section) => {
      const passages = section.passages.map((passage) => `<p>${escapeHtml(passage.text)}</p>`).join('\n')
      return `<section id="${escapeHtml(section.id)}">\n<h2>${escapeHtml(section.title)}</h2>\n${passages}\n</section>`
    })
    .join('\n')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)}</title>
<meta name="description" content="${escapeHtml(description)}">
<link rel="icon" href="data:,">
<style>body{margin:0 auto;max-width:40rem;padding:2rem 1rem;font:1.0625rem/1.6 system-ui,sans-serif;color:#1a1a1a;background:#fbfaf7}h1{font-size:1.9rem;line-height:1.2}h2{font-size:1.3rem;margin-top:2rem}</style>
</head>
<body>
<main>
<article>
<h1>${escapeHtml(article.title)}</h1>
${sections}
</article>
</main>
</body>
</html>
`
}
