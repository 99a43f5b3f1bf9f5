import { Fragment, type ReactNode } from 'react'
import { formatNumber } from '../lib/i18n'

/**
 * An interface string whose {placeholders} hold markup (a date, a link, a span): the text as React
 * children, each placeholder's value in its place and the words around it as text of their own, as
 * JSX writes `About {minutes} min read`. Numbers are written for the edition's locale.
 */
export function textParts(text: string, params: Record<string, ReactNode>): ReactNode[] {
  return text
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part, index) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1]
      const value = name !== undefined && name in params ? params[name] : part
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts are fixed for a given text
      return <Fragment key={index}>{typeof value === 'number' ? formatNumber(value) : value}</Fragment>
    })
}
