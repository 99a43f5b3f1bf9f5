// What frames the article: the "Who's who" people, the editor's note (naming every contradicted
// claim, and only those) and the takeaways, each resting on facts and claims that exist.
import { editorialSchema, personSchema, siteSchema, takeawaySchema, verdictScaleSchema } from '../schema'
import type { Claim, Editorial, Person, Site, VerdictScale } from '../types'
import { CONTENT_FILES, type Reporter } from './report'

/** Checks how the site names itself, and the verdict scale's wording: every verdict, each with a label and a meaning. */
export function checkSiteAndScale(reporter: Reporter, site: Site, verdictScale: VerdictScale): void {
  reporter.check(CONTENT_FILES.site, siteSchema, site, 'site')
  reporter.check(CONTENT_FILES.verdicts, verdictScaleSchema, verdictScale, 'verdicts')
}

/** Checks the "Who's who" people against the facts and claims they cite, and their roles' dates. */
export function checkPeople(
  reporter: Reporter,
  people: readonly Person[],
  factIds: ReadonlySet<string>,
  claimIds: ReadonlySet<string>,
): void {
  const file = CONTENT_FILES.people
  const checkFacts = (id: string, field: string, cited: readonly string[]) =>
    cited.forEach((factId, f) => {
      if (!factIds.has(factId)) reporter.report(file, id, `${field}.${f}`, `no fact "${factId}"`, 'unknown-reference')
    })
  people.forEach((person, i) => {
    if (!reporter.check(file, personSchema, person, `#${i}`)) return
    checkFacts(person.id, 'factIds', person.factIds)
    person.roles?.forEach((role, r) => {
      checkFacts(person.id, `roles.${r}.factIds`, role.factIds)
      if (role.to !== undefined && role.to < role.from) {
        reporter.report(
          file,
          person.id,
          `roles.${r}.to`,
          `ends (${role.to}) before it begins (${role.from})`,
          'role-dates',
        )
      }
    })
    person.claimIds?.forEach((claimId, c) => {
      if (!claimIds.has(claimId))
        reporter.report(file, person.id, `claimIds.${c}`, `no claim "${claimId}"`, 'unknown-reference')
    })
  })
  reporter.unique(file, people, 'id', 'person')
}

/** Checks the editor's note and the takeaways against the claims. */
export function checkEditorial(reporter: Reporter, editorial: Editorial, claims: readonly Claim[]): void {
  const file = CONTENT_FILES.editorial
  if (!reporter.check(file, editorialSchema, editorial, 'note')) return
  const verdictOf = new Map(claims.map((claim) => [claim.id, claim.verdict]))
  const corrected = new Set<string>()
  editorial.note.corrections.forEach((correction, c) => {
    const field = `note.corrections.${c}.claimId`
    const verdict = verdictOf.get(correction.claimId)
    if (verdict === undefined)
      reporter.report(file, 'note', field, `no claim "${correction.claimId}"`, 'unknown-reference')
    else if (verdict !== 'contradicted')
      reporter.report(
        file,
        'note',
        field,
        `claim "${correction.claimId}" is ${verdict}, not contradicted`,
        'editors-note-verdict',
      )
    if (corrected.has(correction.claimId))
      reporter.report(file, 'note', field, 'claim named twice', 'duplicate-reference')
    corrected.add(correction.claimId)
  })
  for (const [claimId, verdict] of verdictOf) {
    if (verdict === 'contradicted' && !corrected.has(claimId)) {
      reporter.report(
        file,
        'note',
        'note.corrections',
        `contradicted claim "${claimId}" is not named`,
        'editors-note-missing-claim',
      )
    }
  }
  editorial.takeaways.forEach((takeaway, i) => {
    if (!reporter.check(file, takeawaySchema, takeaway, `takeaways[${i}]`)) return
    takeaway.claimIds.forEach((claimId, c) => {
      if (!verdictOf.has(claimId))
        reporter.report(file, takeaway.id, `claimIds.${c}`, `no claim "${claimId}"`, 'unknown-reference')
    })
  })
  reporter.unique(file, editorial.takeaways, 'id', 'takeaway')
}
