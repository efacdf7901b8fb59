import XCTest
@testable import Analytics

/// `NameKey`, `Transliteration`, `PhoneticKey` and `JaroWinkler` on the examples their
/// definitions give: the spellings that must meet, and those that must stay apart.
final class NameKeyTests: XCTestCase {
    func testFolding() {
        XCTAssertEqual(NameKey.fold("Łódź"), "lodz")
        XCTAssertEqual(NameKey.fold("Homyel’"), "homyel")
        XCTAssertEqual(NameKey.fold("Yel'nya"), "yelnya")
        XCTAssertEqual(NameKey.fold("Brest-Litowsk"), "brest litowsk")
        XCTAssertEqual(NameKey.fold("Fuzhou (Jiangxi)"), "fuzhou")
        XCTAssertEqual(NameKey.fold("  MÜNCHEN  "), "munchen")
        XCTAssertEqual(NameKey.fold("Straße"), "strasse")
    }

    func testTransliteration() {
        XCTAssertEqual(Transliteration.latin("Віцебск"), "vitsebsk")
        XCTAssertEqual(Transliteration.latin("Минск"), "minsk")
        XCTAssertEqual(Transliteration.latin("Магілёў"), "magilew")
        XCTAssertEqual(Transliteration.latin("Щучин"), "shchuchin")
        XCTAssertEqual(NameKey.fold("Гомель"), "gomel")
        XCTAssertEqual(NameKey.fold("Брэст"), "brest")
        XCTAssertTrue(Transliteration.hasCyrillic("Брест"))
        XCTAssertFalse(Transliteration.hasCyrillic("Brest"))
    }

    func testGenericWordsAndLevels() {
        let region = NameKey("Minsk Region")
        XCTAssertEqual(region.core, "minsk")
        XCTAssertEqual(region.level, .region)
        XCTAssertEqual(NameKey("Oblast Witebsk").core, "witebsk")
        XCTAssertEqual(NameKey("ville de Changsha").core, "changsha")
        XCTAssertEqual(NameKey("ville de Changsha").level, .city)
        XCTAssertEqual(NameKey("Harbin Shi").core, "harbin")
        XCTAssertEqual(NameKey("Vitebsk District").level, .district)
        XCTAssertEqual(NameKey("City of London").core, "london")
        // A bare name names no level; a name that is only a generic word keeps it.
        XCTAssertNil(NameKey("Minsk").level)
        XCTAssertEqual(NameKey("Xi'an").core, "xian")
        XCTAssertNil(NameKey("Xi'an").level)
        // Not a generic word: the compound stays whole.
        XCTAssertEqual(NameKey("Brest-Litowsk").core, "brest litowsk")
    }

    func testRomanisationsMeet() {
        let groups = [["Mogilev", "Moguilev", "Mahilev"], ["Mahiljou", "Mahilyow", "Mahiliou", "Mogilyov"],
                      ["Gomel", "Homel", "Homiel", "Homyel"], ["Grodno", "Hrodna"],
                      ["Vitebsk", "Viciebsk", "Vitsyebsk", "Vitsebsk", "Witebsk"], ["Harbin", "Charbin", "Kharbin"],
                      ["Chengdu", "Tschengdu"], ["Brest-Litovsk", "Brest Litowsk"], ["Zhlobin", "Shlobin"]]
        for group in groups {
            let keys = group.map { Set(PhoneticKey.keys(of: NameKey.fold($0))) }
            for (name, key) in zip(group, keys) {
                XCTAssertFalse(key.isDisjoint(with: keys[0]), "\(name) and \(group[0]) should share a phonetic key: \(key) \(keys[0])")
            }
        }
        // Mogilev's and Mahiljou's keys differ in a vowel (e and ё); their skeletons agree.
        let mogilev = PhoneticKey.keys(of: "mogilev")[0], mahiljou = PhoneticKey.keys(of: "mahiljou")[0]
        XCTAssertNotEqual(mogilev, mahiljou)
        XCTAssertEqual(PhoneticKey.skeleton(of: mogilev), PhoneticKey.skeleton(of: mahiljou))
    }

    func testDifferentNamesStayApart() {
        for (x, y) in [("Brest", "Brody"), ("Minsk", "Pinsk"), ("Anhui", "Jinhua"), ("Henan", "Konin"), ("Wizebsk", "Vitebsk")] {
            XCTAssertTrue(Set(PhoneticKey.keys(of: NameKey.fold(x))).isDisjoint(with: PhoneticKey.keys(of: NameKey.fold(y))), "\(x) / \(y)")
        }
        XCTAssertEqual(PhoneticKey.consonants(of: PhoneticKey.keys(of: "mogilev")[0]), 4)
    }

    func testJaroWinklerExamples() {
        // Winkler's and the literature's worked examples.
        XCTAssertEqual(JaroWinkler.similarity("MARTHA", "MARHTA"), 0.9611, accuracy: 1e-4)
        XCTAssertEqual(JaroWinkler.similarity("DIXON", "DICKSONX"), 0.8133, accuracy: 1e-4)
        XCTAssertEqual(JaroWinkler.similarity("DWAYNE", "DUANE"), 0.84, accuracy: 1e-4)
        XCTAssertEqual(JaroWinkler.similarity("", ""), 1)
        XCTAssertEqual(JaroWinkler.similarity("abc", ""), 0)
        XCTAssertEqual(JaroWinkler.similarity("abc", "xyz"), 0)
        XCTAssertEqual(JaroWinkler.similarity("minsk", "minsk"), 1)
    }
}
