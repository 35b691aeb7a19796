import { h, mount } from '../dom';
import { t } from '../i18n';
import { me } from '../main';

/** A deputy's QR code: the public scan it to reach their intake page (the image is public, served by the API). */
export function myQrView(main: HTMLElement): void {
  const id = me?.deputyId;
  const svg = `/api/v1/deputies/${id}/qr.svg?size=300`;
  mount(main, h('h1', {}, t('myQr')),
    h('section', { class: 'card narrow qr' },
      h('img', { src: svg, width: 300, height: 300, alt: t('qrAlt'), id: 'my-qr' }),
      h('p', {}, t('qrHint')),
      h('p', {}, h('a', { href: `/intake?deputy=${id}`, 'data-link': true }, t('qrOpens')), ' · ',
        h('a', { href: `/api/v1/deputies/${id}/qr.png?size=600`, download: `deputy-${id}-qr.png` }, t('qrDownload')))));
}
