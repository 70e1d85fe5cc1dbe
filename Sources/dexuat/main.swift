print("dexuat")
