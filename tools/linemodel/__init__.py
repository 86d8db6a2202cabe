"""Training and evaluation of the line model (``newsclean.linemodel``): see docs/model.md."""
