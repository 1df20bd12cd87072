package docket.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/** Invented parties, people and places; members and constituencies never repeat. */
final class DemoNames {

    static final List<String> PARTIES = List.of(
            "Harbour Party", "Northern Alliance", "Civic Union", "Green Valley Party", "Independent");

    private static final List<String> FIRST_NAMES = List.of(
            "Alice", "Andrew", "Angela", "Anthony", "Bridget", "Catherine", "Charles", "Clare", "Colin",
            "David", "Deborah", "Duncan", "Eleanor", "Elizabeth", "Fiona", "Gareth", "Geoffrey", "Gillian",
            "Graham", "Harriet", "Helen", "Hugh", "Imogen", "Ian", "James", "Janet", "Jeremy", "Joanna",
            "Jonathan", "Julia", "Karen", "Keith", "Laura", "Malcolm", "Margaret", "Martin", "Miriam",
            "Neil", "Nicola", "Nigel", "Patricia", "Philip", "Rachel", "Richard", "Rosalind", "Rupert",
            "Sandra", "Simon", "Siobhan", "Stephen", "Susan", "Theresa", "Timothy", "Valerie", "William",
            "Yvonne");

    private static final List<String> LAST_NAMES = List.of(
            "Abbott", "Ashworth", "Bainbridge", "Barker", "Bellamy", "Blackwood", "Bramley", "Carmichael",
            "Chandler", "Crossley", "Davenport", "Dawson", "Eccles", "Ellwood", "Fairbairn", "Fenwick",
            "Fletcher", "Gallagher", "Greaves", "Hadley", "Hargreaves", "Hartley", "Holloway", "Hughes",
            "Jennings", "Kendrick", "Lambert", "Lockwood", "Lowther", "MacLeod", "Marsden", "Merriman",
            "Milburn", "Nicholls", "Oakley", "O'Connell", "Pemberton", "Prescott", "Quinlan", "Radcliffe",
            "Rowntree", "Sandford", "Shackleton", "Sinclair", "Stanhope", "Thornton", "Tindall", "Underwood",
            "Vickers", "Wainwright", "Whitfield", "Winterbottom", "Yardley");

    private static final List<String> TOWNS = List.of(
            "Ashbourne", "Bramford", "Calderbridge", "Carrow", "Dunmere", "Eastleigh Vale", "Fallowfield",
            "Glenmoor", "Hartwell", "Hollinsford", "Kingsmere", "Langridge", "Lowestead", "Marlow Heath",
            "Middlecombe", "Newbury Cross", "Northwold", "Oakenshaw", "Pendlebury", "Queensferry",
            "Redmarsh", "Rothwell", "Saltcombe", "Stourleigh", "Thornbury", "Upton Lea", "Wexcombe",
            "Whitmoor", "Wolverby", "Yarrowdale");

    private static final List<String> CONSTITUENCY_SUFFIXES = List.of(
            "", "", "", " North", " South", " East", " West", " Central", " and Dale");

    private final Random random;
    private final Set<String> taken = new HashSet<>();

    DemoNames(Random random) {
        this.random = random;
    }

    Member member(String party) {
        String name = unique(this::person);
        String constituency = unique(() -> town() + pick(CONSTITUENCY_SUFFIXES));
        return new Member(party, name, constituency, String.format(Locale.ROOT, "%04d", random.nextInt(10_000)));
    }

    String person() {
        return pick(FIRST_NAMES) + " " + lastName();
    }

    String lastName() {
        return pick(LAST_NAMES);
    }

    String town() {
        return pick(TOWNS);
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private String unique(Supplier<String> draw) {
        String name;
        do {
            name = draw.get();
        } while (!taken.add(name));
        return name;
    }
}
