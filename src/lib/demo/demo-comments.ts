// What the demo shop's customers write in the open question. These are data, the customers' own
// words, not interface text: they stay in the language the demo was made in and do not follow a
// later switch of the interface language, just as a real survey's answers would not.

export type DemoLocale = 'en' | 'ru';

/** praise: promoters; mixed: passives; complaint: detractors; slower and price: the two stories of lapsed customers. */
export type CommentTone = 'praise' | 'mixed' | 'complaint' | 'slower' | 'price';

export const DEMO_COMMENTS: Record<DemoLocale, Record<CommentTone, readonly string[]>> = {
  en: {
    praise: [
      'Always find something I have not seen anywhere else.',
      'The staff remember me and what I like. Feels like my shop.',
      'Great quality, worth every penny.',
      'Quick, friendly and everything was in stock.',
      'Recommended you to my sister already.',
      'Lovely packaging, the gift went down really well.',
      'Never had a problem in two years.',
      'Love the new arrivals every month.',
    ],
    mixed: [
      'Good overall, but the queue at the till was long.',
      'Nice things, a bit pricey.',
      'Fine, nothing special.',
      'Would be great to have more sizes.',
      'The app is handy but sometimes logs me out.',
      'Delivery took a day longer than promised.',
      'OK for presents, I buy everyday things elsewhere.',
    ],
    complaint: [
      'My order arrived damaged and nobody answered my e-mail.',
      'Prices went up, quality did not.',
      'Hard to find anything on the website.',
      'The item I wanted was out of stock twice.',
      'Waited 20 minutes to pay.',
      'Returns are far too complicated.',
    ],
    slower: [
      'Delivery used to take two days, now it takes a week.',
      'I used to be greeted by name. Now nobody knows me.',
      'Service got slow since the new system came in.',
      'Waited three weeks for a refund.',
      'My usual assistant left and it is not the same.',
      'Called twice about a late order, still no answer.',
      'Stopped coming: every order had something missing.',
    ],
    price: [
      'Found the same things cheaper elsewhere.',
      'Too expensive for me now.',
      'Only came for the sale.',
      'Delivery costs more than the item.',
      'No discounts for regular customers.',
    ],
  },
  ru: {
    praise: [
      'Всегда нахожу то, чего нет в других магазинах.',
      'Меня здесь помнят и знают, что я люблю. Как свой магазин.',
      'Отличное качество, стоит своих денег.',
      'Быстро, приветливо, всё было в наличии.',
      'Уже посоветовала вас сестре.',
      'Красивая упаковка, подарок очень понравился.',
      'За два года ни одной проблемы.',
      'Жду новинок каждый месяц.',
    ],
    mixed: [
      'В целом хорошо, но очередь на кассе была длинная.',
      'Вещи хорошие, но дороговато.',
      'Нормально, ничего особенного.',
      'Хотелось бы больше размеров.',
      'Приложение удобное, но иногда выкидывает из аккаунта.',
      'Доставка задержалась на день.',
      'Для подарков подходит, повседневное покупаю в другом месте.',
    ],
    complaint: [
      'Заказ пришёл повреждённым, на письмо никто не ответил.',
      'Цены выросли, качество нет.',
      'На сайте трудно что-то найти.',
      'Нужного товара дважды не было в наличии.',
      'Ждал на кассе 20 минут.',
      'Возврат слишком сложный.',
    ],
    slower: [
      'Раньше доставка занимала два дня, теперь неделю.',
      'Раньше меня встречали по имени. Теперь никто не знает.',
      'С новой системой обслуживание стало медленным.',
      'Возврат денег ждал три недели.',
      'Мой консультант ушёл, и всё уже не то.',
      'Дважды звонил насчёт задержки заказа, ответа нет.',
      'Перестал заказывать: в каждом заказе чего-то не хватало.',
    ],
    price: [
      'Нашёл то же самое дешевле в другом месте.',
      'Теперь для меня слишком дорого.',
      'Заходил только на распродажу.',
      'Доставка стоит больше самого товара.',
      'Нет скидок для постоянных покупателей.',
    ],
  },
};
