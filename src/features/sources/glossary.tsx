/** Terms with what they mean, as a definition list: kinds of statement, confidence levels. */
export function Glossary({ terms }: { terms: readonly { id: string; label: string; meaning: string }[] }) {
  return (
    <dl className="mt-3 space-y-2">
      {terms.map((term) => (
        <div key={term.id}>
          <dt className="font-semibold">{term.label}</dt>
          <dd>{term.meaning}</dd>
        </div>
      ))}
    </dl>
  )
}
