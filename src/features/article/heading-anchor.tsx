import { useAnnounce } from '../../components/announcer'
import { copyLink } from '../../components/copy-link'

/**
 * The link beside a section heading: follows the section's deep link (works without JavaScript)
 * and copies it to the clipboard, saying so to screen readers.
 */
export function HeadingAnchor({ sectionId, title }: { sectionId: string; title: string }) {
  const announce = useAnnounce()
  return (
    <a
      href={`#${sectionId}`}
      className="heading-anchor"
      onClick={async () => {
        const copied = await copyLink(`#${sectionId}`)
        announce(copied ? `Link to “${title}” copied` : `Link to “${title}” is in the address bar`)
      }}
    >
      <span aria-hidden="true">#</span>
      <span className="sr-only">Copy link to section “{title}”</span>
    </a>
  )
}
