package docket.demo;

record Member(String party, String name, String constituency, String cardEnding) {
}
