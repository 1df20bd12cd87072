package docket.demo;

record Member(String party, String name, String constituency, String cardEnding) {

    String lastName() {
        return name.substring(name.lastIndexOf(' ') + 1);
    }
}
