import { ExternalLink } from './ExternalLink.js';
import { fill, type Strings } from './strings.js';
import type { ClinicInfo } from './types.js';
import { webLink } from './webLink.js';

interface Props {
  clinic: ClinicInfo;
  strings: Strings;
  /** The visitor's question, carried to the booking page when `bookingQuery` is on. */
  question: string;
  bookingQuery: boolean;
}

/** The way out when the FAQ can't answer: booking first, the phone second. Either is left out when the clinic has none. */
export function Handoff({ clinic, strings, question, bookingQuery }: Props) {
  const booking = webLink(clinic.bookingUrl, bookingQuery ? { q: question } : {});
  const tel = clinic.phone.replace(/[^\d+]/g, '');
  return (
    <div class="actions">
      {booking && (
        <ExternalLink class="action primary" href={booking} newTab={strings.newTab}>{strings.bookConsultation}</ExternalLink>
      )}
      {tel && <a class="action secondary" href={`tel:${tel}`}>{fill(strings.call, { phone: clinic.phone })}</a>}
    </div>
  );
}
