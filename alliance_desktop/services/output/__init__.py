"""What the register writes out: certificates and exports."""
