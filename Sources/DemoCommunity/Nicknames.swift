/// Names a child goes by instead of the legal given name the district records
/// (Bill for William, Liz for Elizabeth, Chuy for Jesús). Community organizations often
/// register children by these.
enum Nicknames {
    static let byGivenName: [String: [String]] = [
        "William": ["Will", "Bill", "Billy", "Liam"], "James": ["Jim", "Jimmy", "Jamie"],
        "Michael": ["Mike", "Mikey"], "Alexander": ["Alex", "Xander"], "Benjamin": ["Ben", "Benny"],
        "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Joseph": ["Joe", "Joey"], "David": ["Dave"],
        "Samuel": ["Sam", "Sammy"], "Anthony": ["Tony"], "Andrew": ["Andy", "Drew"], "Christopher": ["Chris"],
        "Joshua": ["Josh"], "Jonathan": ["Jon", "Johnny"], "Nicholas": ["Nick", "Nicky"], "Robert": ["Rob", "Bob", "Bobby"],
        "Zachary": ["Zach", "Zack"], "Thomas": ["Tom", "Tommy"], "Theodore": ["Theo", "Teddy"], "Nathaniel": ["Nate"],
        "Nathan": ["Nate"], "Timothy": ["Tim"], "Steven": ["Steve"], "Richard": ["Rick", "Ricky"], "Edward": ["Eddie", "Ed"],
        "Patrick": ["Pat"], "Gabriel": ["Gabe"], "Jacob": ["Jake"], "Maxwell": ["Max"], "Dominic": ["Dom"],
        "Elizabeth": ["Liz", "Beth", "Lizzie", "Eliza"], "Katherine": ["Kate", "Katie", "Kathy"], "Catherine": ["Cathy", "Cat"],
        "Abigail": ["Abby"], "Isabella": ["Bella", "Izzy"], "Alexandra": ["Alex", "Lexi"], "Victoria": ["Tori", "Vicky"],
        "Samantha": ["Sam", "Sammy"], "Jennifer": ["Jen", "Jenny"], "Jessica": ["Jess", "Jessie"], "Margaret": ["Maggie", "Meg"],
        "Madison": ["Maddie"], "Madelyn": ["Maddie"], "Olivia": ["Liv", "Livvy"], "Gabriella": ["Gabby", "Ella"],
        "Josephine": ["Josie"], "Rebecca": ["Becky", "Becca"], "Natalie": ["Nat"], "Sophia": ["Sophie"], "Evelyn": ["Evie"],
        "Charlotte": ["Charlie", "Lottie"], "Penelope": ["Penny"], "Eleanor": ["Ellie", "Nora"], "Caroline": ["Carrie"],
        "Valerie": ["Val"], "Kennedy": ["Kenni"], "Lillian": ["Lily"],
        "José": ["Pepe", "Joe"], "Jesús": ["Chuy"], "Francisco": ["Paco", "Pancho", "Frank"], "Eduardo": ["Lalo"],
        "Ignacio": ["Nacho"], "Roberto": ["Beto"], "Enrique": ["Kike"], "Alejandro": ["Alex", "Alejo"], "Guadalupe": ["Lupe"],
        "Fernando": ["Nando"], "Ricardo": ["Rico"], "Manuel": ["Manny"], "Santiago": ["Santi"], "Sebastián": ["Sebas"],
        "Natalia": ["Nati"], "Gabriela": ["Gaby"], "Mariana": ["Mari"], "Valentina": ["Vale"], "Daniela": ["Dani"],
        "Abdirahman": ["Abdi"], "Abdullahi": ["Abdi"], "Mohamed": ["Mo"], "Ibrahim": ["Ibby"],
        "Min-jun": ["Minjun", "MJ"], "Seo-yeon": ["Seoyeon"], "Aditya": ["Adi"], "Priya": ["Pri"],
    ]
}
