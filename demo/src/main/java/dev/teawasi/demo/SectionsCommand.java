package dev.teawasi.demo;

import dev.teawasi.engine.internal.binary.CompileException;
import dev.teawasi.engine.internal.binary.SectionInfo;
import dev.teawasi.engine.internal.binary.SectionScanner;
import dev.teawasi.web.cli.ModuleFile;
import dev.teawasi.web.cli.ModuleFileException;

/** The 'sections' subcommand: lists a module's sections with id, name, offset and size. */
final class SectionsCommand {
    private SectionsCommand() {}

    static int run(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: teawasi sections FILE.wasm");
            return 2;
        }
        byte[] bytes;
        try {
            bytes = ModuleFile.read(new NioHostFiles(), args[0], ModuleFile.DEFAULT_LIMIT);
        } catch (ModuleFileException e) {
            System.err.println("teawasi: cannot read " + args[0] + ": " + e.getMessage());
            return 1;
        }
        try {
            for (SectionInfo s : SectionScanner.scan(bytes)) {
                System.out.println(s.id + " " + s.name() + " offset=" + s.offset + " size=" + s.size);
            }
            return 0;
        } catch (CompileException e) {
            System.err.println("teawasi: " + args[0] + ": " + e.getMessage());
            return 1;
        }
    }
}
