module github.com/treatyrules/cybercrime

go 1.26.0

require golang.org/x/text v0.44.0

require github.com/shopspring/decimal v1.6.0
