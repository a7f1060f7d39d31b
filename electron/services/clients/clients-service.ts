/** Clients: the organisations assessed. Names are unique regardless of letter case. */
import { randomUUID } from 'node:crypto';
import type { Client } from '../../contract/api.ts';
import { AppError } from '../../contract/errors.ts';
import type { Clock } from '../storage/clock.ts';
import type { Db } from '../storage/database.ts';
import { writeTransaction } from '../storage/write-transaction.ts';

interface ClientRow {
  id: string;
  name: string;
  industry: string;
  location: string;
  contact_name: string;
  created_at: string;
  updated_at: string;
}

export interface ClientDetails {
  industry?: string;
  location?: string;
  contactName?: string;
}

export const nameKey = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase('en');

export function toClient(row: ClientRow): Client {
  return {
    id: row.id,
    name: row.name,
    industry: row.industry,
    location: row.location,
    contactName: row.contact_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function createClientsService(db: Db, clock: Clock) {
  const byId = db.prepare<[string], ClientRow>('SELECT * FROM clients WHERE id = ?');
  const byKey = db.prepare<[string], ClientRow>('SELECT * FROM clients WHERE name_key = ?');
  const all = db.prepare<[], ClientRow>('SELECT * FROM clients ORDER BY name_key');
  const insert = db.prepare(
    `INSERT INTO clients (id, name, name_key, industry, location, contact_name, created_at, updated_at)
     VALUES (@id, @name, @nameKey, @industry, @location, @contactName, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE clients SET name = @name, name_key = @nameKey, industry = @industry, location = @location,
       contact_name = @contactName, updated_at = @now WHERE id = @id`,
  );

  function get(id: string): Client {
    const row = byId.get(id);
    if (!row) throw new AppError('NOT_FOUND', 'This client does not exist (it may have been removed).', { id });
    return toClient(row);
  }

  function findByName(name: string): Client | undefined {
    const row = byKey.get(nameKey(name));
    return row ? toClient(row) : undefined;
  }

  function create(input: { name: string } & ClientDetails): Client {
    if (findByName(input.name)) {
      throw new AppError('CONFLICT', `A client named "${input.name}" already exists. Choose another name or use that client.`, {
        field: 'name',
      });
    }
    const id = randomUUID();
    insert.run({
      id,
      name: input.name,
      nameKey: nameKey(input.name),
      industry: input.industry ?? '',
      location: input.location ?? '',
      contactName: input.contactName ?? '',
      now: clock(),
    });
    return get(id);
  }

  /** The client with this name (any letter case), created when there is none. */
  function findOrCreate(name: string): Client {
    return findByName(name) ?? create({ name });
  }

  function updateClient(input: { id: string; name?: string } & ClientDetails): Client {
    const current = get(input.id);
    const name = input.name ?? current.name;
    const other = findByName(name);
    if (other && other.id !== current.id) {
      throw new AppError('CONFLICT', `A client named "${name}" already exists. Choose another name.`, { field: 'name' });
    }
    update.run({
      id: current.id,
      name,
      nameKey: nameKey(name),
      industry: input.industry ?? current.industry,
      location: input.location ?? current.location,
      contactName: input.contactName ?? current.contactName,
      now: clock(),
    });
    return get(current.id);
  }

  return {
    get,
    list: (): Client[] => all.all().map(toClient),
    create: (input: { name: string } & ClientDetails) => writeTransaction(db, () => create(input))(),
    findOrCreate,
    update: (input: { id: string; name?: string } & ClientDetails) => writeTransaction(db, () => updateClient(input))(),
  };
}

export type ClientsService = ReturnType<typeof createClientsService>;
