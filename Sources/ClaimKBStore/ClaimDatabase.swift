// The ClaimKB storage layer: see ClaimDatabase.
