

def test_of_them_takes_the_side_of_the_whole():
    c = _claims("Ночью российские войска атаковали область 12 беспилотниками.\n\nСилы ПВО сбили 10 из них.",
                "ru")[("body", "10")]
    assert c.owner is not None and c.owner.country == "RUS"


def test_a_surname_before_a_headlines_colon_speaks():
    text = "Ночью в городе было неспокойно, сообщают местные жители."
    c = _claims(text, "ru", "Петренко: ночью город атаковали 6 беспилотников")[("title", "6")]
    assert c.source is not None and c.source.text == "Петренко"
    c = _claims("Вночі в місті було неспокійно.", "uk", "Федоров: у Запоріжжі поранено 4 людей")[("title", "4")]
    assert c.source is not None and c.source.text == "Федоров"
    c = _claims("Ночью в городе было неспокойно.", "ru", "Статистика: за сутки сбиты 9 беспилотников")[("title", "9")]
    assert c.source is None


def test_a_body_of_a_country_before_its_cue_is_the_source_not_the_country():
    c = _claims("Командование Сил обороны Украины сообщило, что уничтожено 20 танков.", "ru")[("body", "20")]
    assert c.source is not None and c.source.text == "Командование Сил обороны Украины" and c.source.country == "UKR"
    c = _claims("Посол України заявив, що до країни прибули 20 танків.", "uk")[("body", "20")]
    assert c.source is not None and c.source.text == "Посол України"
    c = _claims("Украина заявила, что получила 20 танков.", "ru")[("body", "20")]
    assert c.source is not None and c.source.name == "Ukraine"
