// The content modules the build serves from the article's folder (scripts/content/vite-plugin.ts):
// plain data, checked at build against the schema, typed where each is imported.
declare module 'virtual:content/*' {
  const data: unknown
  export default data
}
