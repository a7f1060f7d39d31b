/** Maps every contract method to the service call that implements it. */
import type { AppInfo, MethodParsedInput, MethodResult } from '../../contract/api.ts';
import type { MethodName } from '../../contract/method-names.ts';
import type { Services } from '../context.ts';

export type Handlers = {
  [M in MethodName]: (input: MethodParsedInput<M>) => MethodResult<M> | Promise<MethodResult<M>>;
};

export function createHandlers(services: Services, info: () => AppInfo): Handlers {
  const { assessments, clients, frameworks, settings } = services;
  return {
    'app.info': () => info(),
    'settings.get': () => settings.get(),
    'settings.update': (input) => settings.update(input),
    'clients.list': () => clients.list(),
    'clients.create': (input) => clients.create(input),
    'clients.update': (input) => clients.update(input),
    'assessments.list': (input) => assessments.list(input),
    'assessments.get': (input) => assessments.get(input.id),
    'assessments.create': (input) => assessments.create(input),
    'assessments.rename': (input) => assessments.rename(input.id, input.title),
    'assessments.delete': (input) => assessments.delete(input.id),
    'assessments.restore': (input) => assessments.restore(input.id),
    'frameworks.list': () => frameworks.list(),
    'frameworks.get': (input) => frameworks.get(input.id, input.version),
    'frameworks.validate': (input) => frameworks.validate(input.content),
    'frameworks.import': (input) => frameworks.import(input.content),
  };
}
