/**
 * The demo shop's catalog: a category tree whose leaves list "Name=price" (tax-included prices
 * for included taxes, per kg for weighed categories). About 150 products.
 */
export type DemoTaxKey = 'vat20' | 'vat10' | 'vat55' | 'eco';

export interface DemoLeaf {
  readonly name: string;
  /** Internal reference prefix: BAK → BAK-001. */
  readonly code: string;
  readonly taxes: readonly DemoTaxKey[];
  readonly products: string;
  readonly uom?: 'kg';
  readonly tracking?: 'lot' | 'serial';
}

export interface DemoBranch {
  readonly name: string;
  readonly children: readonly DemoLeaf[];
}

export const DEMO_CATALOG: readonly DemoBranch[] = [
  {
    name: 'Food',
    children: [
      {
        name: 'Bakery',
        code: 'BAK',
        taxes: ['vat55'],
        products:
          'Baguette=1.20; Croissant=1.10; Pain au chocolat=1.30; Country loaf=3.80; Rye bread=4.20; Brioche=5.50; Apple turnover=1.90; Raisin swirl=1.80; Fruit tart=3.40; Éclair au café=2.80; Macaron box (6)=9.00; Sandwich loaf=2.60',
      },
      {
        name: 'Fruits & Vegetables',
        code: 'FRV',
        taxes: ['vat55'],
        uom: 'kg',
        products:
          'Apples Gala=2.90; Bananas=2.20; Pears Conference=3.20; Oranges=2.60; Lemons=3.90; Clementines=3.50; Grapes=4.80; Tomatoes=3.30; Cucumbers=2.40; Carrots=1.60; Potatoes=1.40; Onions=1.80; Courgettes=2.90; Peppers=4.50; Mushrooms=6.90',
      },
      {
        name: 'Cheese & Deli',
        code: 'DEL',
        taxes: ['vat55'],
        uom: 'kg',
        products:
          'Comté 18 months=24.90; Brie de Meaux=19.50; Roquefort=27.00; Goat cheese log=22.00; Emmental=14.80; Cured ham=34.00; Saucisson=21.50; Pâté de campagne=16.90; Olives mix=15.00; Smoked salmon=59.00',
      },
      {
        name: 'Grocery',
        code: 'GRO',
        taxes: ['vat55'],
        products:
          'Olive oil 75cl=9.90; Sunflower oil 1L=3.20; Pasta 500g=1.49; Basmati rice 1kg=3.10; Flour 1kg=1.20; Sugar 1kg=1.35; Sea salt=2.10; Black pepper=3.80; Dijon mustard=2.30; Honey 500g=7.90; Strawberry jam=3.60; Dark chocolate=2.50; Muesli=4.20; Canned tomatoes=1.10; Chickpeas=1.30; Tuna can=2.90; Biscuits=2.20; Eggs (6)=2.70',
      },
    ],
  },
  {
    name: 'Drinks',
    children: [
      {
        name: 'Soft Drinks',
        code: 'SOF',
        taxes: ['vat55'],
        products:
          'Still water 1.5L=0.80; Sparkling water 1L=1.10; Orange juice 1L=2.90; Apple juice 1L=2.60; Cola 33cl=1.20; Lemonade 1L=1.90; Iced tea 50cl=1.60; Tonic 25cl=1.40; Ginger beer=1.90; Grape juice=3.20',
      },
      {
        name: 'Wine',
        code: 'WIN',
        taxes: ['vat20'],
        tracking: 'lot',
        products:
          'Bordeaux red 2019=12.90; Côtes du Rhône=8.50; Chablis=17.90; Sancerre=19.50; Rosé de Provence=11.00; Champagne brut=32.00; Crémant d’Alsace=13.90; Muscadet=7.90; Beaujolais=9.90; Pinot noir=14.50',
      },
      {
        name: 'Beer',
        code: 'BER',
        taxes: ['vat20'],
        products:
          'Blonde ale 33cl=2.40; IPA 33cl=3.10; Stout 33cl=3.30; Wheat beer 50cl=3.50; Lager pack (6)=7.90; Amber ale=2.90; Cider 75cl=4.20; Alcohol-free beer=1.90',
      },
      {
        name: 'Coffee & Tea',
        code: 'COF',
        taxes: ['vat55'],
        products:
          'Espresso beans 1kg=18.90; Ground coffee 250g=4.90; Coffee capsules (10)=3.90; Green tea=4.50; Earl Grey=4.20; Herbal tea=3.90; Hot chocolate powder=4.60; Chai mix=5.20',
      },
    ],
  },
  {
    name: 'Home',
    children: [
      {
        name: 'Kitchen',
        code: 'KIT',
        taxes: ['vat20'],
        products:
          'Chef’s knife=39.00; Cutting board=19.90; Coffee mug=7.50; Tea towel=5.90; Wooden spoon=3.50; Salad bowl=16.00; Wine glasses (2)=14.90; Corkscrew=9.90; Apron=18.00; Storage jar=8.90; Candle=12.00; Napkins (20)=3.20',
      },
      {
        name: 'Electronics',
        code: 'ELE',
        taxes: ['eco', 'vat20'],
        tracking: 'serial',
        products:
          'Kettle=39.90; Toaster=34.90; Coffee grinder=49.00; Hand blender=44.90; Kitchen scale=24.90; Bluetooth speaker=59.00; Headphones=79.00; Phone charger=19.90',
      },
    ],
  },
  {
    name: 'Restaurant',
    children: [
      {
        name: 'Starters',
        code: 'STA',
        taxes: ['vat10'],
        products:
          'French onion soup=7.50; Salade niçoise=9.00; Escargots (6)=10.50; Terrine=8.00; Burrata=11.00; Gazpacho=6.50; Oysters (6)=14.00; Leek vinaigrette=6.00',
      },
      {
        name: 'Main Courses',
        code: 'MAI',
        taxes: ['vat10'],
        products:
          'Steak frites=21.00; Duck confit=19.50; Boeuf bourguignon=18.00; Sea bass=22.00; Ratatouille=14.50; Moules marinières=16.00; Roast chicken=16.50; Croque-monsieur=11.00; Quiche lorraine=12.00; Mushroom risotto=15.50; Burger maison=17.00; Catch of the day=23.00',
      },
      {
        name: 'Desserts',
        code: 'DES',
        taxes: ['vat10'],
        products:
          'Crème brûlée=7.00; Chocolate mousse=6.50; Tarte tatin=7.50; Profiteroles=8.00; Île flottante=6.50; Cheese plate=9.00; Sorbet (2 scoops)=5.50; Café gourmand=8.50',
      },
      {
        name: 'Bar',
        code: 'BAR',
        taxes: ['vat20'],
        products:
          'Espresso=2.20; Cappuccino=3.80; Glass of red=5.50; Glass of white=5.50; Draught beer=4.50; Kir=5.00; Pastis=4.50; Mojito=9.50; Fresh orange juice=4.80; Carafe of water=0.00',
      },
    ],
  },
];

/** "Name=price; …" → entries. */
export function parseProducts(text: string): { name: string; price: string }[] {
  return text.split(';').map((entry) => {
    const [name, price] = entry.split('=');
    if (!name || price === undefined) throw new Error(`bad demo product entry: ${entry}`);
    return { name: name.trim(), price: price.trim() };
  });
}
