// placeholder: implemented in its own commit
