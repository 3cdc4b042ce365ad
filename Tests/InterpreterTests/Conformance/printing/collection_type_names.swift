class Media { let title: String; init(title: String) { self.title = title } }
class Movie: Media {}
class Song: Media {}
class Podcast: Song {}
print(type(of: [Movie(title: "a"), Song(title: "b")]))
print(type(of: [Song(title: "a"), Podcast(title: "b")]))
print(type(of: [Podcast(title: "a")]))
print(type(of: Set([1, 2])), type(of: ["k": 1.5]), type(of: Set(["s"])))
print(type(of: Set(1...20).filter { $0 % 3 == 0 }))

// expect: Array<Media>
// expect: Array<Song>
// expect: Array<Podcast>
// expect: Set<Int> Dictionary<String, Double> Set<String>
// expect: Set<Int>
