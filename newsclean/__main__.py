from newsclean.cli import main

main()
