package docket.catalog;

/** A rendered page whose image is already in the {@link ImageStore}. */
record StoredPage(int number, String hash, String type, int width, int height) {
}
