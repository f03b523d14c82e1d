/** Search-as-you-type over the store's actors (`GET /actors?q=`): codes by prefix, names by part. */
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, type ActorRow } from '../api.js';
import { fmtN } from '../format.js';
import { useDebounced, useLoad } from '../state.js';

interface Props {
  label: string;
  value: string;
  onChange: (code: string) => void;
  id: string;
}

export function ActorPicker({ label, value, onChange, id }: Props) {
  const [text, setText] = useState(value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  useEffect(() => setText(value), [value]);
  const q = useDebounced(text.trim(), 120);
  const found = useLoad(open ? q : null, (signal) => api.actors(q, 12, signal));
  const list: ActorRow[] = found.data?.actors ?? [];
  const choose = (code: string) => {
    setText(code);
    setOpen(false);
    onChange(code);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') (e.preventDefault(), setOpen(true), setActive((i) => Math.min(i + 1, list.length - 1)));
    else if (e.key === 'ArrowUp') (e.preventDefault(), setActive((i) => Math.max(i - 1, 0)));
    else if (e.key === 'Escape') setOpen(false);
    else if (e.key === 'Enter') {
      e.preventDefault();
      if (open && list[active]) choose(list[active].code);
      else if (/^[A-Za-z0-9]{1,32}$/.test(text.trim())) choose(text.trim().toUpperCase());
    }
  };
  return h(
    'div',
    { class: 'picker' },
    h('label', { for: id }, label),
    h('input', {
      id,
      type: 'search',
      autocomplete: 'off',
      spellcheck: false,
      placeholder: 'code or name, e.g. RUS',
      value: text,
      role: 'combobox',
      'aria-expanded': open,
      'aria-controls': id + '-list',
      onInput: (e: Event) => (setText((e.currentTarget as HTMLInputElement).value), setOpen(true), setActive(0)),
      onFocus: () => setOpen(true),
      onBlur: () => setTimeout(() => setOpen(false), 150),
      onKeyDown: onKey,
    }),
    open && list.length > 0
      ? h(
          'ul',
          { class: 'options', id: id + '-list', role: 'listbox' },
          list.map((a, i) =>
            h(
              'li',
              {
                key: a.code,
                role: 'option',
                'aria-selected': i === active,
                class: i === active ? 'active' : '',
                'data-code': a.code,
                onMouseDown: (e: Event) => (e.preventDefault(), choose(a.code)),
              },
              h('code', null, a.code),
              ' ',
              a.name,
              h('span', { class: 'muted' }, ` · ${fmtN(a.events)} events`),
            ),
          ),
        )
      : null,
  );
}
