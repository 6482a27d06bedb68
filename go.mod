module github.com/treatyrules/cybercrime

go 1.24.0

require golang.org/x/text v0.34.0

require (
	github.com/shopspring/decimal v1.6.0
	github.com/stretchr/testify v1.12.1
	pgregory.net/rapid v1.3.0
)

require go.yaml.in/yaml/v3 v3.0.5 // indirect
