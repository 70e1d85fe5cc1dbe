// §7.8 in figures (not a test): streams a file of N MB (default 200) into a fresh ledger
// through `attach` and back out through `writeAttachment`, then prints the peak resident
// memory (getrusage ru_maxrss), the storage overhead per attached MB (growth of a
// compact copy of the database, made with `backup`, per MB attached) and the time
// `verify` takes, scaled to 1 GB.
//
//     swift run -c release dexuat-attach-bench [MB]
import Foundation
import Ledger
import Procedure

let megabytes = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 200
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dexuat-attach-bench-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = Date()
    try body()
    return Date().timeIntervalSince(start)
}

func peakKB() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss
}

func fileSize(_ path: String) -> Int64 {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.int64Value ?? 0
}

// The input: pseudo-random bytes (nothing compresses or repeats), written 1 MB at a time.
let inputPath = folder.appendingPathComponent("input.bin").path
_ = FileManager.default.createFile(atPath: inputPath, contents: nil)
let bytes = Int64(megabytes) * 1_000_000
do {
    let out = try FileHandle(forWritingTo: URL(fileURLWithPath: inputPath))
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<megabytes {
        var chunk = [UInt8](repeating: 0, count: 1_000_000)
        for i in stride(from: 0, to: chunk.count, by: 8) {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            withUnsafeBytes(of: state) { raw in for j in 0..<8 where i + j < chunk.count { chunk[i + j] = raw[j] } }
        }
        try out.write(contentsOf: chunk)
    }
    try out.close()
}
let afterInput = peakKB()

let dbPath = folder.appendingPathComponent("ledger.sqlite").path
let ledger = try Ledger.open(path: dbPath, create: true)
let admin = Officer(login: "qtvien", name: "Quản Trị Viên", unitID: "UBND", position: "Chuyên viên CNTT", isManaging: false)
try ledger.initialize(root: Procedure.Unit(id: "UBND", name: "Ủy ban nhân dân phường", kind: .peoplesCommittee, parentID: nil),
                      administrator: admin)
var settings = try ledger.settings()
settings.attachmentMaxMB = AttachmentRules.maxMBRange.upperBound
try ledger.save(settings, by: Actor(login: "qtvien"))
let dossier = Dossier(
    title: "Đo tệp đính kèm", field: .digitalTransformation, legalBasis: .decree73,
    necessity: "Đo.", bottleneck: "Đo.", content: "Đo.", scope: "Đo.", implementers: "Đo.",
    startDate: Day(year: 2026, month: 4, day: 1), endDate: Day(year: 2026, month: 9, day: 30),
    resources: ResourceNeeds(people: "1", fundingVND: 1_000_000, equipment: "Không"), feasibility: "Đo.",
    positiveImpact: "Đo.", negativeImpact: "Không.", expectedEffect: "Đo.",
    targets: [Target(description: "Đo", measure: "Đo")],
    selfCheck: ChecklistTemplate.standardItems.map { ChecklistAnswer(itemID: $0.id, verdict: .met, comment: "") })
let proposal = try ledger.create(dossier, by: Actor(login: "qtvien"))

let before = folder.appendingPathComponent("before.sqlite").path
try ledger.backup(to: before)
var record: AttachmentRecord?
let inTime = try seconds {
    guard let input = FileHandle(forReadingAtPath: inputPath) else { throw CocoaError(.fileReadNoSuchFile) }
    record = try ledger.attach(to: proposal.id, step: nil, name: "input.bin", mediaType: nil, from: input, by: Actor(login: "qtvien"))
}
let afterIn = peakKB()
var outBytes: Int64 = 0
let outTime = try seconds {
    try ledger.writeAttachment(of: proposal.id, number: 1, viewer: "qtvien") { outBytes += Int64($0.count) }
}
let afterOut = peakKB()
let after = folder.appendingPathComponent("after.sqlite").path
try ledger.backup(to: after)
let afterBackup = peakKB()
var ok = false
let verifyTime = try seconds { ok = try ledger.verify().ok }
let afterVerify = peakKB()

let mb = Double(bytes) / 1_000_000
let growth = Double(fileSize(after) - fileSize(before))
print("attached: \(megabytes) MB (\(bytes) bytes), sha256 \(record?.sha256.prefix(12) ?? "?"), read back \(outBytes) bytes, verify ok: \(ok)")
print(String(format: "attach (spool + hash + store): %.2f s (%.1f MB/s)", inTime, mb / inTime))
print(String(format: "get (stream out + rehash):     %.2f s (%.1f MB/s)", outTime, mb / outTime))
print(String(format: "verify with %d MB attached:   %.2f s; scaled to 1 GB (1000 MB): %.2f s", megabytes, verifyTime, verifyTime * 1000 / mb))
print(String(format: "storage: compact copy grew by %.0f bytes = %.4f MB per MB attached (overhead %.2f%%)",
             growth, growth / Double(bytes), (growth / Double(bytes) - 1) * 100))
print("peak resident memory (ru_maxrss, KB): after making the input \(afterInput), after attach \(afterIn), after get \(afterOut), after the backup that measures storage \(afterBackup), after verify \(afterVerify)")
