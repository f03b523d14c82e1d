/**
 * Ingest from the page: paste an article's text (or give its URL for the server to fetch), `POST /articles`, and see
 * the events coded from it, each with its evidence.
 */
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { api, type IngestAnswer } from '../api.js';
import { EventList } from '../components/event-list.js';
import { hrefFor } from '../state.js';

const TOKEN_KEY = 'dyad.token';

export default function IngestView() {
  const [mode, setMode] = useState<'text' | 'url'>('text');
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<IngestAnswer | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const body =
        mode === 'text'
          ? { text, url: url || undefined, title: title || undefined, date: date || undefined }
          : { url, title: title || undefined, date: date || undefined };
      if (token) sessionStorage.setItem(TOKEN_KEY, token);
      setDone(await api.ingest(body, token || undefined));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const val = (f: (v: string) => void) => (e: Event) => f((e.currentTarget as HTMLInputElement).value);
  const ready = mode === 'text' ? text.trim().length > 0 : /^https?:\/\//i.test(url);

  return h(
    'section',
    { class: 'view ingest' },
    h(
      'form',
      { class: 'panel', onSubmit: submit },
      h(
        'div',
        { class: 'row', role: 'radiogroup', 'aria-label': 'Input' },
        h(
          'label',
          null,
          h('input', { type: 'radio', name: 'mode', checked: mode === 'text', onChange: () => setMode('text') }),
          ' Paste text',
        ),
        h(
          'label',
          null,
          h('input', { type: 'radio', name: 'mode', checked: mode === 'url', onChange: () => setMode('url') }),
          ' Fetch a URL',
        ),
      ),
      mode === 'text'
        ? h(
            'label',
            { class: 'field' },
            h('span', null, 'Article text'),
            h('textarea', {
              name: 'text',
              value: text,
              onInput: val(setText),
              placeholder:
                'MOSCOW, June 19 — Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang…',
              spellcheck: false,
            }),
          )
        : null,
      h(
        'div',
        { class: 'row' },
        h(
          'label',
          { class: 'field' },
          h('span', null, mode === 'url' ? 'URL' : 'URL (optional, for the record)'),
          h('input', { type: 'url', name: 'url', value: url, onInput: val(setUrl), placeholder: 'https://…' }),
        ),
        h(
          'label',
          { class: 'field' },
          h('span', null, 'Title (optional)'),
          h('input', { name: 'title', value: title, onInput: val(setTitle) }),
        ),
        h(
          'label',
          { class: 'field' },
          h('span', null, 'Published (optional)'),
          h('input', { type: 'date', name: 'date', value: date, onInput: val(setDate) }),
        ),
        h(
          'label',
          { class: 'field' },
          h('span', null, 'API token (if the server needs one)'),
          h('input', { type: 'password', name: 'token', value: token, autocomplete: 'off', onInput: val(setToken) }),
        ),
      ),
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'submit', disabled: busy || !ready }, busy ? 'Coding…' : 'Code and store'),
        h('span', { class: 'muted' }, 'The text is coded on the server and stored with its events.'),
      ),
    ),
    error ? h('p', { class: 'error', role: 'alert' }, error) : null,
    done
      ? h(
          'div',
          { class: 'result', 'data-testid': 'ingest-result' },
          h(
            'p',
            null,
            h('strong', null, `Article ${done.article.id}: ${done.result.status}`),
            `, ${done.events.length} event${done.events.length === 1 ? '' : 's'} coded`,
            done.skipped ? ` (skipped: ${done.skipped})` : '',
            ' · ',
            h('a', { href: hrefFor('table', { article: done.article.id }) }, 'open in the event table'),
          ),
          h(
            'div',
            { class: 'table-wrap' },
            h(EventList, { events: done.events, empty: 'No events were coded from this article.' }),
          ),
        )
      : null,
  );
}
