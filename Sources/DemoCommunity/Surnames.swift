/// Surnames, most common first (US Census 2010 order within each list), by the families
/// that carry them in Riverton. Compound and punctuated names (O'Brien, St. John,
/// De La Cruz) are kept, since linkers must cope with them.
enum Surnames {
    static let general: [String] = [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
        "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
        "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Nelson",
        "Baker", "Hall", "Campbell", "Mitchell", "Carter", "Roberts", "Phillips", "Evans", "Turner", "Parker",
        "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson",
        "Reed", "Bailey", "Kelly", "Howard", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Wood",
        "Bennett", "Gray", "Hughes", "Price", "Sanders", "Myers", "Long", "Ross", "Foster", "Powell",
        "Jenkins", "Perry", "Russell", "Sullivan", "Bell", "Coleman", "Butler", "Henderson", "Barnes", "Fisher",
        "Simmons", "Jordan", "Patterson", "Alexander", "Hamilton", "Graham", "Reynolds", "Griffin", "Wallace", "West",
        "Cole", "Hayes", "Bryant", "Gibson", "Ellis", "Stevens", "Murray", "Ford", "Marshall", "Owens",
        "McDonald", "Harrison", "Kennedy", "Wells", "Henry", "Freeman", "Webb", "Tucker", "Burns", "Crawford",
        "Olson", "Simpson", "Porter", "Hunter", "Gordon", "Shaw", "Snyder", "Mason", "Dixon", "Hunt",
        "Hicks", "Holmes", "Palmer", "Wagner", "Black", "Robertson", "Boyd", "Rose", "Stone", "Fox",
        "Warren", "Mills", "Meyer", "Rice", "Schmidt", "Daniels", "Ferguson", "Nichols", "Stephens", "Weaver",
        "Ryan", "Gardner", "Payne", "Grant", "Dunn", "Kelley", "Spencer", "Hawkins", "Arnold", "Pierce",
        "Hansen", "Peters", "Hart", "Bradley", "Knight", "Elliott", "Cunningham", "Duncan", "Armstrong", "Hudson",
        "Carroll", "Lane", "Riley", "Andrews", "Ray", "Berry", "Perkins", "Hoffman", "Johnston", "Matthews",
        "Richards", "Willis", "Carpenter", "Lawrence", "George", "Chapman", "Watkins", "Greene", "Wheeler", "Harper",
        "Burke", "Larson", "Morrison", "Franklin", "Carlson", "Austin", "Lawson", "Jacobs", "O'Brien", "Lynch",
        "Bishop", "Montgomery", "Oliver", "Jensen", "Harvey", "Williamson", "Gilbert", "Dean", "Sims", "Howell",
        "Reid", "Hanson", "McCoy", "Garrett", "Burton", "Fuller", "Weber", "Welch", "Lucas", "Fields",
        "Little", "Walsh", "Bowman", "Schultz", "Fowler", "Davidson", "Brewer", "Holland", "Newman", "Pearson",
        "Curtis", "Douglas", "Schneider", "Barrett", "Keller", "Wade", "Stanley", "Hopkins", "Barnett", "Bates",
        "O'Connor", "St. John", "Van Dyke", "MacKenzie", "D'Angelo", "Kowalski", "Nowak", "Schroeder", "Lindqvist", "McLaughlin",
    ]

    static let black: [String] = [
        "Johnson", "Williams", "Smith", "Jones", "Brown", "Jackson", "Davis", "Thomas", "Harris", "Robinson",
        "Taylor", "Wilson", "Moore", "White", "Washington", "Jefferson", "Lewis", "Walker", "Green", "Thompson",
        "Allen", "Young", "Scott", "Hall", "King", "Wright", "Mitchell", "Carter", "Coleman", "Jenkins",
        "Banks", "Booker", "Mosley", "Dorsey", "Gaines", "Pryor", "Hairston", "Battle", "Bynum", "Merritt",
        "Tolliver", "Freeman", "Simmons", "Butler", "Bryant", "Alexander", "Hayes", "Ellis", "Gordon", "Holmes",
        "Grant", "Bell", "Reed", "Howard", "Franklin", "Dixon", "Hunter", "Stewart", "Wallace", "Sims",
        "Gibson", "Henderson", "Warren", "Ford", "Mack", "Tate", "Hines", "Randolph", "Kirkland", "Toussaint",
    ]

    static let hispanic: [String] = [
        "García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez", "Ramírez", "Torres",
        "Flores", "Rivera", "Gómez", "Díaz", "Reyes", "Cruz", "Morales", "Ortiz", "Gutiérrez", "Chávez",
        "Ramos", "Ruiz", "Mendoza", "Álvarez", "Castillo", "Jiménez", "Vásquez", "Moreno", "Romero", "Herrera",
        "Medina", "Aguilar", "Vargas", "Castro", "Guzmán", "Fernández", "Méndez", "Muñoz", "Salazar", "Soto",
        "Delgado", "Peña", "Contreras", "Sandoval", "Guerrero", "Ríos", "Estrada", "Ortega", "Núñez", "Valdez",
        "Maldonado", "Santiago", "Domínguez", "Vega", "Espinoza", "Rojas", "Márquez", "Padilla", "Luna", "Mejía",
        "Acosta", "Juárez", "Cortez", "Navarro", "Figueroa", "Ávila", "Molina", "Campos", "Miranda", "Ayala",
        "Carrillo", "Durán", "De La Cruz", "De León", "Cervantes", "Solís", "Fuentes", "Salinas", "Ochoa", "Cárdenas",
        "Pacheco", "Calderón", "Serrano", "Rosales", "Trujillo", "Montoya", "Castañeda", "Valencia", "Franco", "Gallegos",
        "Camacho", "Colón", "Ibarra", "Suárez", "Orozco", "Salas", "Andrade", "Escobar", "Velázquez", "Villarreal",
    ]

    static let eastAfrican: [String] = [
        "Mohamed", "Ali", "Hassan", "Abdi", "Ahmed", "Omar", "Farah", "Hussein", "Warsame", "Yusuf",
        "Osman", "Nur", "Adan", "Ibrahim", "Aden", "Jama", "Mohamud", "Abdullahi", "Hersi", "Egal",
    ]

    static let vietnamese: [String] = [
        "Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Vu", "Phan", "Vo", "Dang",
        "Bui", "Do", "Ho", "Ngo", "Duong", "Ly", "Truong", "Dinh", "Lam", "Mai",
    ]

    static let chinese: [String] = [
        "Chen", "Wang", "Li", "Zhang", "Liu", "Yang", "Huang", "Zhao", "Wu", "Zhou",
        "Lin", "Xu", "Sun", "Ma", "Zhu", "Lee", "Chan", "Wong", "Ng", "Lau",
    ]

    static let korean: [String] = [
        "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin", "Seo", "Kwon",
    ]

    static let southAsian: [String] = [
        "Patel", "Shah", "Singh", "Kumar", "Sharma", "Gupta", "Desai", "Mehta", "Reddy", "Rao",
        "Iyer", "Joshi", "Kaur", "Gill", "Chopra", "Bhatt", "Nair", "Malhotra",
    ]

    static let hmong: [String] = [
        "Vang", "Xiong", "Yang", "Thao", "Lor", "Her", "Moua", "Lee", "Vue", "Hang", "Khang", "Chang", "Cha", "Kue",
    ]

    static let filipino: [String] = [
        "Santos", "Reyes", "Cruz", "Bautista", "Del Rosario", "Garcia", "Mendoza", "Ramos", "Aquino", "Castillo",
        "Villanueva", "Dela Cruz", "Fernandez", "Gonzales", "Pascual", "Manalo",
    ]

    static let nativeAmerican: [String] = [
        "Begay", "Yazzie", "Benally", "Tsosie", "Nez", "Morningstar", "Cornsilk", "Deschenie", "Harjo", "Smith",
        "Johnson", "Brown", "Jim", "Thompson",
    ]

    static let pacificIslander: [String] = [
        "Kealoha", "Kahale", "Akana", "Fifita", "Tupou", "Taufa", "Fonoti", "Leota", "Aumua", "Kaleikini",
        "Mahoe", "Fa'asavalu", "Tuiasosopo",
    ]
}
