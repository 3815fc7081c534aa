/**
 * Content that exists only in Dutch says so on French and English pages and
 * carries lang="nl", so screen readers pronounce it as Dutch (issue 14).
 */
import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeDatabases } from '../support/databases.js';
import { useApp } from '../support/app.js';
import { initiative, SYSTEM } from '../support/fixtures.js';
import { saveInitiatives } from '../../src/initiatives/store/repository.js';

describeDatabases('Dutch-only content', (ctx) => {
  const h = useApp(ctx);
  before(async () => {
    await saveInitiatives(
      ctx.database.db,
      [
        initiative({ id: 'nl1', name: 'Praatcafé', description: 'Elke week samen koffie drinken in de buurt.' }),
        initiative({ id: 'ml1', name: 'Soepbar', description: 'Soep en een babbel.', description_fr: 'Une soupe et un brin de causette.' }),
        initiative({ id: 'fr1', name: 'Le Relais', description_fr: 'Un lieu de rencontre à Bruxelles.' }),
      ],
      { actor: SYSTEM, defaultSource: 'test' },
    );
  });

  it('the initiative page says the description is in Dutch only, in French and English, and not in Dutch', async () => {
    const page = async (lang: string) => (await h.app.inject({ method: 'GET', url: `/${lang}/initiatives/nl1` })).body;
    assert.match(await page('fr'), /Description disponible uniquement en néerlandais\./);
    assert.match(await page('en'), /Description available in Dutch only\./);
    assert.doesNotMatch(await page('nl'), /alleen in het Nederlands/);
    assert.match(await page('fr'), /<p lang="nl">Elke week samen koffie drinken in de buurt\.<\/p>/);
  });

  it('search results mark the description as Dutch', async () => {
    const body = (await h.app.inject({ method: 'GET', url: '/fr/?q=praatcafe' })).body;
    assert.match(body, /<p lang="nl">Elke week samen koffie drinken/);
  });

  it('a description written in the page\'s language is shown instead, without the note; another language falls back to Dutch, then to whichever exists', async () => {
    const page = async (lang: string, id: string) => (await h.app.inject({ method: 'GET', url: `/${lang}/initiatives/${id}` })).body;
    const fr = await page('fr', 'ml1');
    assert.match(fr, /<p>Une soupe et un brin de causette\.<\/p>/);
    assert.doesNotMatch(fr, /uniquement en néerlandais|Soep en een babbel/);
    assert.match(await page('en', 'ml1'), /Description available in Dutch only\.[\s\S]*<p lang="nl">Soep en een babbel\.<\/p>/);
    assert.match(await page('nl', 'fr1'), /Beschrijving alleen beschikbaar in het Frans\.[\s\S]*<p lang="fr">Un lieu de rencontre à Bruxelles\.<\/p>/);
    assert.match((await h.app.inject({ method: 'GET', url: '/fr/?q=soepbar' })).body, /<p>Une soupe et un brin de causette\.<\/p>/);
  });
});
