print("claimkb")
