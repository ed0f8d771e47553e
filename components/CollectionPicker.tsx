import type { Collection } from '@/utils/db';

interface Props {
  id: string;
  collections: readonly Collection[];
  value: string;
  onChange: (id: string) => void;
}

export function CollectionPicker({ id, collections, value, onChange }: Props) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      {collections.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </select>
  );
}
