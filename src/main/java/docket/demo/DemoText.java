package docket.demo;

import java.util.List;

/** The vocabulary the generated paperwork is written in. */
final class DemoText {

    private DemoText() {
    }

    static final List<String> PLACES = List.of("Ashford", "Bramley", "Castleton", "Dunford", "Eastwick", "Fairhaven",
            "Glenmoor", "Hollins", "Kirkby", "Langdale", "Millbrook", "Newhall", "Oakridge", "Penwith", "Redcliffe",
            "Stanmore", "Thornbury", "Westbridge");

    static final List<String> CATEGORIES = List.of("Travel", "Accommodation", "Office costs", "Staffing", "Communications");

    static final List<String> CLAIM_ITEMS = List.of("Rail fare, standard return", "Taxi to constituency office",
            "Hotel, one night", "Mileage, 112 miles at 45p", "Printer toner cartridges", "Stationery",
            "Postage for constituency mailing", "Mobile phone bill", "Office rent, monthly", "Council tax, second home",
            "Cleaning services", "Garden maintenance", "Furniture: sofa", "Television licence", "Kitchen refit",
            "Duck island for pond", "Moat clearance", "Working lunch with staff", "Broadband, monthly",
            "Parking, Westminster", "Flight, economy return", "Secretarial support", "Window cleaning", "Boiler repair");

    static final List<String> SHOPS = List.of("THE GREEN GROCER", "CITY CABS LTD", "RAILWAY CATERING", "HOTEL ROYALE",
            "OFFICE SUPPLIES PLC", "THE KINGS ARMS", "HOMEWARE DIRECT", "SUPERSTORE 24", "GARDEN CENTRE",
            "STATION NEWSAGENT", "BISTRO LUMIERE", "PETROL STATION");

    static final List<String> SHOP_ITEMS = List.of("Coffee", "Sandwich", "Newspaper", "Fare", "Room 214", "Breakfast",
            "Paper A4 x5", "Toner", "Ink cartridge", "Bottle of wine", "Dinner for two", "Cushions", "Lamp",
            "Plant pots", "Fuel unleaded", "Mineral water", "Taxi waiting time", "Biscuits", "Bath towels", "Chocolates");

    static final List<String> LETTER_SENTENCES = List.of(
            "I enclose the receipts for last month and apologise for the delay in sending them.",
            "Could you please confirm whether the cost of the repairs at my second home is allowable?",
            "My office manager will forward the remaining invoices by the end of the week.",
            "I understand the claim for %s was returned, and I would be grateful for an explanation.",
            "As discussed on the telephone, the furniture was bought for the constituency flat.",
            "The amount of %s relates to travel between the constituency and Westminster.",
            "I should be glad if you could treat this matter as urgent.",
            "Please find attached the corrected form for the period ending %s.",
            "I was not aware that the gardening costs could not be claimed and will repay %s.",
            "My husband has been handling these matters and I will ask him to call your office.",
            "I have checked my records and believe the sum of %s is correct.",
            "The hotel bill includes a meal for a constituent who had travelled to see me.");
}
