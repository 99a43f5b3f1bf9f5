// Why each passage carries its themes (passage id → reason): the `<!-- passage -->` notes of
// article.md, served apart from the article so that only the theme walk's chunk carries them.
import data from 'virtual:content/themeReasons'

export const themeReasons = data as Record<string, string>
