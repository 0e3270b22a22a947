/// Given names, most common first, as US children born 2004–2021 carry them.
///
/// The general lists follow the Social Security popularity order; the heritage lists add
/// names common in Riverton's Hispanic, Black, East African and Asian families. Accents are
/// kept as families write them (José, Sofía, Zoë). Every name must be encodable in
/// Windows-1252, since one partner exports in it.
enum GivenNames {
    static let boys: [String] = [
        "Liam", "Noah", "William", "James", "Michael", "Ethan", "Jacob", "Alexander", "Elijah", "Benjamin",
        "Daniel", "Mason", "Logan", "Matthew", "Lucas", "Aiden", "Jackson", "Oliver", "Joseph", "David",
        "Samuel", "Anthony", "Henry", "Andrew", "Christopher", "Joshua", "Ryan", "Jayden", "Gabriel", "Carter",
        "Dylan", "John", "Isaac", "Owen", "Nathan", "Caleb", "Luke", "Isaiah", "Wyatt", "Jack",
        "Christian", "Jonathan", "Julian", "Thomas", "Hunter", "Levi", "Aaron", "Charles", "Eli", "Connor",
        "Landon", "Sebastian", "Adrian", "Jeremiah", "Nicholas", "Grayson", "Lincoln", "Cameron", "Evan", "Nolan",
        "Jordan", "Robert", "Austin", "Dominic", "Josiah", "Ian", "Tyler", "Angel", "Brayden", "Kevin",
        "Xavier", "Jason", "Colton", "Zachary", "Easton", "Hudson", "Cooper", "Brandon", "Ezra", "Theodore",
        "Asher", "Leo", "Mateo", "Jace", "Chase", "Carson", "Parker", "Gavin", "Bentley", "Ayden",
        "Tristan", "Blake", "Cole", "Justin", "Miles", "Micah", "Vincent", "Wesley", "Jaxon", "Silas",
        "Bryson", "Damian", "Declan", "Maxwell", "Emmett", "Kayden", "Harrison", "Jameson", "Axel", "Everett",
        "Steven", "Timothy", "Patrick", "Richard", "Peter", "Marcus", "George", "Edward", "Paul", "Kyle",
        "Brian", "Eric", "Jesse", "Bradley", "Sean", "Cody", "Spencer", "Trevor", "Garrett", "Riley",
        "Griffin", "Finn", "Jasper", "Beckett", "Rowan", "Milo", "Graham", "Tucker", "Brody", "Max",
        "Francis", "Nathaniel", "Jake", "Seth", "Derek", "Shane", "Malcolm", "Zane", "Dean", "Felix",
    ]

    static let girls: [String] = [
        "Emma", "Olivia", "Sophia", "Isabella", "Ava", "Mia", "Emily", "Abigail", "Madison", "Charlotte",
        "Harper", "Elizabeth", "Amelia", "Evelyn", "Ella", "Chloe", "Avery", "Addison", "Grace", "Lily",
        "Natalie", "Hannah", "Aubrey", "Sofia", "Zoë", "Brooklyn", "Samantha", "Lillian", "Victoria", "Layla",
        "Scarlett", "Aria", "Ellie", "Riley", "Nora", "Claire", "Anna", "Leah", "Allison", "Savannah",
        "Audrey", "Skylar", "Stella", "Hazel", "Violet", "Penelope", "Lucy", "Paisley", "Aurora", "Katherine",
        "Caroline", "Ariana", "Alexa", "Kaylee", "Sarah", "Madelyn", "Julia", "Taylor", "Peyton", "Bella",
        "Mila", "Eleanor", "Naomi", "Maya", "Gabriella", "Kennedy", "Alexandra", "Sydney", "Morgan", "Jessica",
        "Jennifer", "Ashley", "Megan", "Rachel", "Rebecca", "Lauren", "Kayla", "Brianna", "Hailey", "Mackenzie",
        "Ruby", "Alice", "Clara", "Eva", "Isla", "Quinn", "Piper", "Lydia", "Vivian", "Cora",
        "Josephine", "Eliza", "Margaret", "Molly", "Delilah", "Adeline", "Everly", "Willow", "Ivy", "Emilia",
        "Zoey", "Zoe", "Jocelyn", "Jade", "Reagan", "Sadie", "Kylie", "Faith", "Autumn", "Paige",
        "Makayla", "Gianna", "Valerie", "Andrea", "Melanie", "Nicole", "Jasmine", "Sienna", "Daisy", "Eden",
        "Renée", "Chloé", "Elise", "Maeve", "Juliet", "Tessa", "Fiona", "Phoebe", "Rose", "June",
        "Harmony", "Catherine", "Abby", "Haley", "Amy", "Lila", "Mary", "Ruth", "Lucille", "Summer",
    ]

    static let hispanicBoys: [String] = [
        "José", "Luis", "Carlos", "Juan", "Jesús", "Miguel", "Diego", "Alejandro", "Ángel", "Jorge",
        "Santiago", "Mateo", "Emiliano", "Francisco", "Eduardo", "Fernando", "Ricardo", "Andrés", "Julián", "Sebastián",
        "Adrián", "Iván", "Nicolás", "Joaquín", "Matías", "Martín", "Raúl", "Héctor", "Óscar", "Ramón",
        "Rubén", "Tomás", "Gael", "Iker", "Leonardo", "Manuel", "Roberto", "Enrique", "Ignacio", "Guadalupe",
    ]

    static let hispanicGirls: [String] = [
        "María", "Sofía", "Valentina", "Camila", "Ximena", "Lucía", "Isabella", "Daniela", "Natalia", "Mariana",
        "Valeria", "Guadalupe", "Mía", "Renata", "Regina", "Jimena", "Fernanda", "Itzel", "Yesenia", "Paola",
        "Alondra", "Dulce", "Araceli", "Marisol", "Noemí", "Inés", "Belén", "Anaís", "Gabriela", "Ana",
    ]

    static let blackBoys: [String] = [
        "Jamal", "Malik", "Jalen", "Jaylen", "Darius", "DeShawn", "Terrell", "Tyrell", "Andre", "Dante",
        "Khalil", "Jamari", "Amari", "Zion", "Kameron", "Trevon", "Darnell", "Kendrick", "Javon", "Tyrese",
        "DaQuan", "Marquis", "Cedric", "Demetrius", "Jaden",
    ]

    static let blackGirls: [String] = [
        "Aaliyah", "Imani", "Jasmine", "Destiny", "Nevaeh", "Diamond", "Aniyah", "Amani", "Ciara", "Jada",
        "Jayla", "Kennedi", "Zuri", "Nia", "Tiana", "Laila", "Janiyah", "Kiara", "Trinity", "Ayanna",
        "Khadijah", "Keisha", "Londyn", "Serenity", "Amira",
    ]

    static let eastAfricanBoys: [String] = [
        "Mohamed", "Abdi", "Ahmed", "Ali", "Omar", "Hassan", "Abdirahman", "Yusuf", "Ibrahim", "Mustafa",
        "Khalid", "Hamza", "Abdullahi", "Ismail", "Bilal", "Mahad", "Liban", "Mohamud",
    ]

    static let eastAfricanGirls: [String] = [
        "Fatima", "Amina", "Hodan", "Ayaan", "Hawa", "Halima", "Sahra", "Asha", "Maryan", "Nasra",
        "Ifrah", "Ikram", "Hibo", "Sumaya", "Khadija", "Yasmin", "Idil", "Ubah",
    ]

    static let vietnameseBoys: [String] = [
        "Minh", "Huy", "Bao", "Khoa", "Duc", "Quang", "Tuan", "Phuc", "Thanh", "Long", "Nam", "Vinh",
    ]

    static let vietnameseGirls: [String] = [
        "Linh", "Ngoc", "Thao", "Mai", "Anh", "Trang", "Vy", "Nhi", "Hanh", "Lan", "Hoa", "Tram",
    ]

    static let chineseBoys: [String] = ["Wei", "Jun", "Hao", "Yi", "Jian", "Ming", "Zhi", "Tian"]
    static let chineseGirls: [String] = ["Mei", "Xin", "Yan", "Jia", "Lin", "Ling", "Yue", "Hui"]
    static let koreanBoys: [String] = ["Min-jun", "Ji-ho", "Joon", "Hyun", "Seung", "Dong-hyun"]
    static let koreanGirls: [String] = ["Ji-woo", "Seo-yeon", "Min-ji", "Soo-ah", "Ha-eun", "Eun-ji"]

    static let southAsianBoys: [String] = [
        "Arjun", "Rohan", "Aarav", "Vihaan", "Aditya", "Krish", "Rahul", "Dev", "Ishaan", "Sai", "Nikhil", "Harpreet",
    ]

    static let southAsianGirls: [String] = [
        "Priya", "Ananya", "Diya", "Saanvi", "Aanya", "Isha", "Riya", "Anika", "Kavya", "Meera", "Neha", "Simran",
    ]

    static let hmongBoys: [String] = ["Tou", "Kou", "Xeng", "Chue", "Fue", "Lue", "Teng", "Yeng", "Kong", "Tong", "Blong"]
    static let hmongGirls: [String] = ["Pa", "Mai", "Nou", "Kia", "Yer", "Mee", "Pang", "Choua", "See", "Ka"]
    static let filipinoBoys: [String] = ["Jerome", "Mark", "Angelo", "Carlo", "Paolo", "Rafael", "Jericho", "Jomar"]
    static let filipinoGirls: [String] = ["Angelica", "Kristine", "Camille", "Patricia", "Princess", "Joy", "Jhoanna"]
    static let nativeBoys: [String] = ["Dakota", "Koda", "Talon", "Hunter", "Cheveyo", "Ahiga"]
    static let nativeGirls: [String] = ["Cheyenne", "Winona", "Aiyana", "Tallulah", "Dakota", "Shandiin"]
    static let pacificBoys: [String] = ["Keoni", "Kai", "Makoa", "Kalani", "Ikaika", "Sione", "Tevita", "Viliami"]
    static let pacificGirls: [String] = ["Leilani", "Malia", "Kalena", "Moana", "Kailani", "Mele", "Losa", "Lani"]

    /// Vietnamese middle names mark sex; other families take a second given name.
    static let vietnameseMiddleBoys: [String] = ["Van", "Minh", "Duc", "Quoc", "Huu"]
    static let vietnameseMiddleGirls: [String] = ["Thi", "Ngoc", "Thanh", "Kim", "Bao"]
}
