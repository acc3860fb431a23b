// Ruby code the page's REPL and script runner rely on (evaluated once per Ruby VM), and the encoding that hands
// JS strings to it safely (base64 of UTF-8: no quoting or interpolation can go wrong).
export const HELPER = String.raw`
module TeawasiRepl
  @binding = TOPLEVEL_BINDING
  @line = 1
  INCOMPLETE = /unexpected end-of-input|unexpected end of input|unterminated|expected an? .end.|expected a matching|end-of-input/

  def self.decode(b64) = b64.unpack1("m").force_encoding(Encoding::UTF_8)

  def self.complete?(b64)
    RubyVM::InstructionSequence.compile(decode(b64))
    true
  rescue SyntaxError => e
    !INCOMPLETE.match?(e.message)
  end

  # The backtrace without this helper's own frames (they come from the glue's eval, named "eval").
  def self.user_frames(e) = (e.backtrace || []).reject { |l| l.start_with?("eval:") || l.start_with?("-e:in 'Kernel.eval'") || l.include?("in 'Kernel#eval'") || l.include?("in 'Kernel#load'") }

  def self.flush
    $stdout.flush
    $stderr.flush
  end

  # Evaluates one input; returns the text to show, or :exit.
  def self.run(b64)
    src = decode(b64)
    result = eval(src, @binding, "(irb)", @line)
    "=> " + result.inspect
  rescue SystemExit
    :exit
  rescue Exception => e
    "\e[31m#{e.class}: #{e.message}\e[0m" + user_frames(e).first(4).map { |l| "\n\e[2m\tfrom #{l}\e[0m" }.join
  ensure
    @line += src.to_s.count("\n") + 1
    flush
  end

  # Runs a script file or -e code the way the ruby command does; returns the exit status.
  def self.script(kind, b64, args)
    ARGV.replace(args.map { |a| decode(a) })
    if kind == "file"
      $0 = decode(b64)
      load $0
    else
      $0 = "-e"
      TOPLEVEL_BINDING.eval(decode(b64), "-e", 1)
    end
    0
  rescue SystemExit => e
    e.status
  rescue Exception => e
    frames = user_frames(e)
    $stderr.puts "#{frames.first || $0}: #{e.message} (#{e.class})"
    frames.drop(1).each { |l| $stderr.puts "\tfrom #{l}" }
    1
  ensure
    flush
  end
end
Dir.chdir("/home") if Dir.exist?("/home")
`;

export function b64(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
