package main

// ${{ values.name }}
func main() {}
